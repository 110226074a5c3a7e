import "server-only";
import { getDb } from "@/lib/server/db";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import { shuffled } from "@/lib/random/seeded-random";
import { attemptDeadline, windowState } from "@/lib/quiz/quiz-window";
import type { Actor } from "@/lib/server/data/actor";
import { actorTimeZone, formatMoment } from "@/lib/server/data/internal/format-moment";
import { visibleQuizFilter } from "@/lib/server/data/quizzes/internal/visible-quiz-filter";
import { quizWindowSelect, studentWindow } from "@/lib/server/data/quizzes/internal/student-quiz-window";
import { allocateSeeds } from "./internal/allocate-seeds";
import { chooseQuizTemplates } from "./internal/choose-quiz-templates";
import { ATTEMPT_START_TRANSACTION, lockAttemptStart } from "./internal/lock-attempt-start";

/**
 * Starts (or resumes) an attempt at a published quiz the actor may take. Fixed
 * items use the template's latest active version; random draws pick the least-seen
 * matching templates. Questions are shuffled if the quiz says so and carry their item's
 * marks; the deadline is the time limit or the student's close date, whichever comes
 * first; a quiz not open yet or closed refuses; the attempts limit is enforced.
 *
 * The open-attempt check, the limit and the insert run under one lock per quiz and
 * student, so parallel starts resume the same attempt instead of each creating one.
 */
export async function startQuizAttempt(actor: Actor, quizId: string, now: Date, random: () => number = Math.random): Promise<{ attemptId: string; resumed: boolean }> {
  const db = getDb();
  const quiz = await db.quiz.findFirst({
    where: { id: quizId, ...visibleQuizFilter(actor) },
    select: {
      id: true,
      topicId: true,
      feedbackMode: true,
      shuffleChoices: true,
      shuffleQuestions: true,
      timeLimitSeconds: true,
      maxAttempts: true,
      items: { orderBy: { position: "asc" } },
      ...quizWindowSelect(actor.id),
    },
  });
  if (!quiz) throw new NotFoundError("This quiz isn't available to you.");
  const window = studentWindow(quiz);

  return db.$transaction(async (tx) => {
    await lockAttemptStart(tx, actor.id, `quiz:${quiz.id}`);
    const mine = await tx.attempt.findMany({ where: { quizId, userId: actor.id, preview: false }, select: { id: true, status: true, deadline: true } });
    const open = mine.find((a) => a.status === "IN_PROGRESS" && (!a.deadline || a.deadline > now));
    if (open) return { attemptId: open.id, resumed: true };
    const state = windowState(window, now);
    if (state.state !== "open") {
      const zone = await actorTimeZone(tx, actor.id);
      throw new ConflictError(
        state.state === "upcoming" ? `This quiz opens on ${formatMoment(state.opensAt, zone)}.` : `This quiz closed on ${formatMoment(state.closedAt, zone)}: it takes no new attempts.`,
      );
    }
    if (quiz.maxAttempts !== null && mine.length >= quiz.maxAttempts) {
      throw new ConflictError(`You've used all ${quiz.maxAttempts} attempt${quiz.maxAttempts === 1 ? "" : "s"} at this quiz.`);
    }

    const chosen = await chooseQuizTemplates(tx, actor.id, quiz.items, random);
    if (chosen.length === 0) throw new NotFoundError("This quiz has no questions available right now.");
    const ordered = quiz.shuffleQuestions ? shuffled(chosen, random) : chosen;
    const seeds = await allocateSeeds(tx, actor.id, ordered.map((t) => t.key), random);
    const attempt = await tx.attempt.create({
      data: {
        userId: actor.id,
        quizId: quiz.id,
        topicId: quiz.topicId,
        feedbackMode: quiz.feedbackMode,
        shuffleChoices: quiz.shuffleChoices,
        startedAt: now,
        deadline: attemptDeadline(now, quiz.timeLimitSeconds, window.closesAt),
        questionCount: ordered.length,
        maxMarks: ordered.reduce((s, t) => s + t.marks, 0),
        questions: { create: ordered.map((t, position) => ({ position, templateId: t.id, seed: seeds[position]!, marks: t.marks })) },
      },
      select: { id: true },
    });
    return { attemptId: attempt.id, resumed: false };
  }, ATTEMPT_START_TRANSACTION);
}
