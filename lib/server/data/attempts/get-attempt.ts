import "server-only";
import { getDb } from "@/lib/server/db";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";
import { toPublicVariant, type PublicVariant, type Solution } from "@/lib/questions/variant";
import type { Response } from "@/lib/questions/grade-response";
import type { Actor } from "@/lib/server/data/actor";
import { closeIfExpired } from "./internal/close-if-expired";
import { loadVariant } from "./load-variant";

/** What a student may see of a solution once it is revealed. */
export type RevealedSolution = Pick<Solution, "expectedText" | "steps" | "explanation" | "source">;

export type AttemptQuestionView = {
  /** Opaque: the question's own id, never its template's key. */
  id: string;
  position: number;
  variant: PublicVariant;
  /** What the question is worth in this attempt. */
  marks: number;
  /** `correct` and `score` (share of the marks, 0…1) are null while feedback is deferred and the attempt still open. */
  answer: { response: Response; correct: boolean | null; score: number | null; feedback: string } | null;
  /** Present only after the student answered (immediate feedback) or the attempt ended. */
  solution: RevealedSolution | null;
  /** Marked by the student to come back to before finishing. */
  flagged: boolean;
};

export type AttemptView = {
  id: string;
  title: string;
  topic: { slug: string; title: string } | null;
  status: "IN_PROGRESS" | "SUBMITTED" | "EXPIRED";
  feedbackMode: "IMMEDIATE" | "DEFERRED";
  startedAt: Date;
  deadline: Date | null;
  finishedAt: Date | null;
  /** Null while feedback is deferred and the attempt still open: the score would give it away. */
  correctCount: number | null;
  /** Marks earned (null as correctCount) of the attempt's total. */
  marks: { earned: number | null; max: number };
  /** The quiz's pass mark in percent, if it has one. */
  passPercent: number | null;
  /** An author's try of the quiz: counted nowhere. */
  preview: boolean;
  quizId: string | null;
  questions: AttemptQuestionView[];
};

export function reveal(solution: Solution): RevealedSolution {
  const { expectedText, steps, explanation, source } = solution;
  return { expectedText, steps, explanation, source };
}

/**
 * An attempt, for its owner only. Questions come as public variants; the answer
 * key is included only for answered questions under immediate feedback, or for
 * all questions once the attempt is over.
 */
export async function getAttempt(actor: Actor, attemptId: string, now: Date): Promise<AttemptView> {
  const db = getDb();
  const attempt = await db.attempt.findUnique({
    where: { id: attemptId },
    include: {
      quiz: { select: { title: true, passPercent: true } },
      topic: { select: { slug: true, title: true } },
      questions: { orderBy: { position: "asc" }, include: { template: { select: { id: true, definition: true } } } },
    },
  });
  if (!attempt) throw new NotFoundError("This attempt doesn't exist.");
  if (attempt.userId !== actor.id) throw new ForbiddenError("This attempt belongs to someone else.");
  const status = await closeIfExpired(db, attempt, now);
  const over = status !== "IN_PROGRESS";

  return {
    id: attempt.id,
    title: attempt.quiz?.title ?? (attempt.topic ? `${attempt.topic.title} quiz` : "Quiz"),
    topic: attempt.topic,
    status,
    feedbackMode: attempt.feedbackMode,
    startedAt: attempt.startedAt,
    deadline: attempt.deadline,
    finishedAt: status === "EXPIRED" ? (attempt.finishedAt ?? attempt.deadline) : attempt.finishedAt,
    correctCount: attempt.feedbackMode === "IMMEDIATE" || over ? attempt.correctCount : null,
    marks: { earned: attempt.feedbackMode === "IMMEDIATE" || over ? attempt.marksEarned : null, max: attempt.maxMarks },
    passPercent: attempt.quiz?.passPercent ?? null,
    preview: attempt.preview,
    quizId: attempt.quizId,
    questions: attempt.questions.map((q) => {
      const variant = loadVariant(q.template, q.seed, attempt.shuffleChoices);
      const answered = q.answeredAt !== null;
      const showSolution = over || (answered && attempt.feedbackMode === "IMMEDIATE");
      return {
        id: q.id,
        position: q.position,
        marks: q.marks,
        variant: toPublicVariant(variant),
        answer: answered
          ? {
              response: q.response as Response,
              correct: attempt.feedbackMode === "IMMEDIATE" || over ? (q.correct ?? false) : null,
              score: attempt.feedbackMode === "IMMEDIATE" || over ? (q.score ?? 0) : null,
              feedback: attempt.feedbackMode === "IMMEDIATE" || over ? (q.feedback ?? "") : "",
            }
          : null,
        solution: showSolution ? reveal(variant.solution) : null,
        flagged: q.flagged,
      };
    }),
  };
}
