import "server-only";
import { z } from "zod";
import { text } from "@/lib/schemas/text";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import { pickLeastSeen } from "@/lib/quiz/pick-least-seen";
import type { Actor } from "@/lib/server/data/actor";
import { allocateSeeds } from "./internal/allocate-seeds";
import { ATTEMPT_START_TRANSACTION, lockAttemptStart } from "./internal/lock-attempt-start";

export const startTopicQuizSchema = z.object({
  topic: text().min(1).max(80),
  count: z.coerce.number().int().min(1).max(30).default(10),
});

/**
 * Starts a topic quiz of `count` questions drawn from the topic's active templates,
 * least-seen first, each with a fresh variant. An unfinished topic quiz is resumed
 * instead of starting another.
 */
export async function startTopicQuiz(
  actor: Actor,
  input: z.output<typeof startTopicQuizSchema>,
  now: Date,
  random: () => number = Math.random,
): Promise<{ attemptId: string; resumed: boolean }> {
  const db = getDb();
  const topic = await db.topic.findUnique({ where: { slug: input.topic }, select: { id: true } });
  if (!topic) throw new NotFoundError("There's no such topic.");
  return db.$transaction(async (tx) => {
    // One start at a time per student and topic, so parallel starts resume one attempt.
    await lockAttemptStart(tx, actor.id, `topic:${topic.id}`);
    const open = await tx.attempt.findFirst({
      where: { userId: actor.id, topicId: topic.id, quizId: null, status: "IN_PROGRESS" },
      select: { id: true },
      orderBy: { startedAt: "desc" },
    });
    if (open) return { attemptId: open.id, resumed: true };

    const templates = await tx.questionTemplate.findMany({
      where: { topicId: topic.id, isLatest: true, status: "ACTIVE" },
      select: { id: true, key: true },
    });
    if (templates.length === 0) throw new NotFoundError("This topic has no questions yet.");
    const exposures = await tx.templateExposure.findMany({
      where: { userId: actor.id, templateKey: { in: templates.map((t) => t.key) } },
      select: { templateKey: true, count: true },
    });
    const picked = pickLeastSeen(templates, new Map(exposures.map((e) => [e.templateKey, e.count])), input.count, random);
    const seeds = await allocateSeeds(tx, actor.id, picked.map((t) => t.key), random);
    const attempt = await tx.attempt.create({
      data: {
        userId: actor.id,
        topicId: topic.id,
        feedbackMode: "IMMEDIATE",
        startedAt: now,
        questionCount: picked.length,
        maxMarks: picked.length,
        questions: { create: picked.map((t, position) => ({ position, templateId: t.id, seed: seeds[position]! })) },
      },
      select: { id: true },
    });
    return { attemptId: attempt.id, resumed: false };
  }, ATTEMPT_START_TRANSACTION);
}
