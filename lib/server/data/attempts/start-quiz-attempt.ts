import "server-only";
import type { Prisma, QuizItem } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/server/db";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import { pickLeastSeen } from "@/lib/quiz/pick-least-seen";
import { shuffled } from "@/lib/random/seeded-random";
import type { Actor } from "@/lib/server/data/actor";
import { visibleQuizFilter } from "@/lib/server/data/quizzes/internal/visible-quiz-filter";
import { allocateSeeds } from "./internal/allocate-seeds";
import { lockAttemptStart } from "./internal/lock-attempt-start";

/**
 * Starts (or resumes) an attempt at a published quiz the actor may take. Fixed
 * items use the template's latest active version; random draws pick the least-seen
 * matching templates. Questions are shuffled if the quiz says so; a time limit
 * sets a server-side deadline; the attempts limit is enforced.
 *
 * The open-attempt check, the limit and the insert run under one lock per quiz and
 * student, so parallel starts resume the same attempt instead of each creating one.
 */
export async function startQuizAttempt(actor: Actor, quizId: string, now: Date, random: () => number = Math.random): Promise<{ attemptId: string; resumed: boolean }> {
  const db = getDb();
  const quiz = await db.quiz.findFirst({
    where: { id: quizId, ...visibleQuizFilter(actor) },
    include: { items: { orderBy: { position: "asc" } } },
  });
  if (!quiz) throw new NotFoundError("This quiz isn't available to you.");

  return db.$transaction(async (tx) => {
    await lockAttemptStart(tx, actor.id, `quiz:${quiz.id}`);
    const mine = await tx.attempt.findMany({ where: { quizId, userId: actor.id }, select: { id: true, status: true, deadline: true } });
    const open = mine.find((a) => a.status === "IN_PROGRESS" && (!a.deadline || a.deadline > now));
    if (open) return { attemptId: open.id, resumed: true };
    if (quiz.maxAttempts !== null && mine.length >= quiz.maxAttempts) {
      throw new ConflictError(`You've used all ${quiz.maxAttempts} attempt${quiz.maxAttempts === 1 ? "" : "s"} at this quiz.`);
    }

    const chosen = await chooseTemplates(tx, actor.id, quiz.items, random);
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
        deadline: quiz.timeLimitSeconds ? new Date(now.getTime() + quiz.timeLimitSeconds * 1000) : null,
        questionCount: ordered.length,
        questions: { create: ordered.map((t, position) => ({ position, templateId: t.id, seed: seeds[position]! })) },
      },
      select: { id: true },
    });
    return { attemptId: attempt.id, resumed: false };
  });
}

/** The templates of a new attempt: each fixed item's latest active version, then each draw's least-seen matches. */
async function chooseTemplates(tx: Prisma.TransactionClient, userId: string, items: readonly QuizItem[], random: () => number): Promise<{ id: string; key: string }[]> {
  const chosen: { id: string; key: string }[] = [];
  for (const item of items) {
    if (item.templateKey) {
      const t = await tx.questionTemplate.findFirst({ where: { key: item.templateKey, isLatest: true, status: "ACTIVE" }, select: { id: true, key: true } });
      if (t) chosen.push(t);
      continue;
    }
    const pool = await tx.questionTemplate.findMany({
      where: {
        isLatest: true,
        status: "ACTIVE",
        ...(item.drawTopicId ? { topicId: item.drawTopicId } : {}),
        ...(item.drawTag ? { tags: { has: item.drawTag } } : {}),
        ...(item.drawDifficulty ? { difficulty: item.drawDifficulty } : {}),
        key: { notIn: chosen.map((c) => c.key) },
      },
      select: { id: true, key: true },
    });
    const seen = await tx.templateExposure.findMany({ where: { userId, templateKey: { in: pool.map((p) => p.key) } }, select: { templateKey: true, count: true } });
    chosen.push(...pickLeastSeen(pool, new Map(seen.map((s) => [s.templateKey, s.count])), Math.min(item.drawCount, pool.length), random));
  }
  return chosen;
}
