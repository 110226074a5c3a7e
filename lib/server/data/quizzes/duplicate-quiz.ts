import "server-only";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";

/**
 * A copy of a quiz to edit on its own: the same rules, dates and items, titled "Copy of …",
 * not published (its audience is chosen afresh) and with no attempts.
 */
export async function duplicateQuiz(actor: Actor, quizId: string): Promise<{ id: string }> {
  requireAdmin(actor);
  const db = getDb();
  const q = await db.quiz.findUnique({ where: { id: quizId }, include: { items: { orderBy: { position: "asc" } } } });
  if (!q) throw new NotFoundError("This quiz doesn't exist.");
  return db.quiz.create({
    data: {
      title: `Copy of ${q.title}`.slice(0, 120),
      description: q.description,
      topicId: q.topicId,
      feedbackMode: q.feedbackMode,
      timeLimitSeconds: q.timeLimitSeconds,
      maxAttempts: q.maxAttempts,
      shuffleQuestions: q.shuffleQuestions,
      shuffleChoices: q.shuffleChoices,
      opensAt: q.opensAt,
      closesAt: q.closesAt,
      passPercent: q.passPercent,
      gradingMethod: q.gradingMethod,
      createdById: actor.id,
      items: {
        create: q.items.map((i) => ({
          position: i.position,
          templateKey: i.templateKey,
          drawTopicId: i.drawTopicId,
          drawTag: i.drawTag,
          drawDifficulty: i.drawDifficulty,
          drawCount: i.drawCount,
          marks: i.marks,
        })),
      },
    },
    select: { id: true },
  });
}
