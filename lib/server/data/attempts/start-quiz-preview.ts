import "server-only";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import { shuffled } from "@/lib/random/seeded-random";
import { attemptDeadline } from "@/lib/quiz/quiz-window";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";
import { chooseQuizTemplates } from "./internal/choose-quiz-templates";
import { lockAttemptStart } from "./internal/lock-attempt-start";

/**
 * An administrator tries a quiz as a student would (published or not, before it opens or after it
 * closes): a fresh attempt marked as a preview, with the quiz's time limit, marks, shuffling and
 * feedback. A preview replaces the author's earlier previews of the quiz and counts nowhere: not
 * in the attempts limit, results, item analysis, progress or which variants they have seen.
 */
export async function startQuizPreview(actor: Actor, quizId: string, now: Date, random: () => number = Math.random): Promise<{ attemptId: string }> {
  requireAdmin(actor);
  const db = getDb();
  const quiz = await db.quiz.findUnique({ where: { id: quizId }, include: { items: { orderBy: { position: "asc" } } } });
  if (!quiz) throw new NotFoundError("This quiz doesn't exist.");
  return db.$transaction(async (tx) => {
    await lockAttemptStart(tx, actor.id, `preview:${quiz.id}`);
    await tx.attempt.deleteMany({ where: { quizId: quiz.id, userId: actor.id, preview: true } });
    // Draws as a student with no history would get them; the author's exposures stay as they are.
    const chosen = await chooseQuizTemplates(tx, "", quiz.items, random);
    if (chosen.length === 0) throw new NotFoundError("This quiz has no questions available right now.");
    const ordered = quiz.shuffleQuestions ? shuffled(chosen, random) : chosen;
    const attempt = await tx.attempt.create({
      data: {
        userId: actor.id,
        quizId: quiz.id,
        topicId: quiz.topicId,
        preview: true,
        feedbackMode: quiz.feedbackMode,
        shuffleChoices: quiz.shuffleChoices,
        startedAt: now,
        deadline: attemptDeadline(now, quiz.timeLimitSeconds, null),
        questionCount: ordered.length,
        maxMarks: ordered.reduce((s, t) => s + t.marks, 0),
        questions: { create: ordered.map((t, position) => ({ position, templateId: t.id, seed: Math.floor(random() * 2 ** 30), marks: t.marks })) },
      },
      select: { id: true },
    });
    return { attemptId: attempt.id };
  });
}
