import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The next seeds of each template for a student. Each student starts every template
 * at a random offset and then counts up, so consecutive attempts walk the template's
 * permuted parameter space: no repeated draw until it is exhausted.
 */
export async function allocateSeeds(tx: Prisma.TransactionClient, userId: string, keys: readonly string[], random: () => number): Promise<number[]> {
  const seeds: number[] = [];
  for (const templateKey of keys) {
    const existing = await tx.templateExposure.findUnique({ where: { userId_templateKey: { userId, templateKey } } });
    if (existing) {
      seeds.push(existing.seedBase + existing.count);
      await tx.templateExposure.update({ where: { userId_templateKey: { userId, templateKey } }, data: { count: { increment: 1 } } });
    } else {
      const seedBase = Math.floor(random() * 2 ** 30);
      seeds.push(seedBase);
      await tx.templateExposure.create({ data: { userId, templateKey, seedBase, count: 1 } });
    }
  }
  return seeds;
}
