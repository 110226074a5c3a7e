import "server-only";
import type { Prisma, QuizItem } from "@/lib/generated/prisma/client";
import { pickLeastSeen } from "@/lib/quiz/pick-least-seen";

export type ChosenTemplate = { id: string; key: string; marks: number };

/**
 * The templates of a new attempt, each with the marks its quiz item gives: each fixed item's
 * latest active version, then each draw's least-seen matches (by this student's exposures).
 */
export async function chooseQuizTemplates(tx: Prisma.TransactionClient, userId: string, items: readonly QuizItem[], random: () => number): Promise<ChosenTemplate[]> {
  const chosen: ChosenTemplate[] = [];
  for (const item of items) {
    if (item.templateKey) {
      const t = await tx.questionTemplate.findFirst({ where: { key: item.templateKey, isLatest: true, status: "ACTIVE" }, select: { id: true, key: true } });
      if (t) chosen.push({ ...t, marks: item.marks });
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
    const picked = pickLeastSeen(pool, new Map(seen.map((s) => [s.templateKey, s.count])), Math.min(item.drawCount, pool.length), random);
    chosen.push(...picked.map((t) => ({ ...t, marks: item.marks })));
  }
  return chosen;
}
