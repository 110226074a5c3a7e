import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The next seeds of each template for a student. Each student starts every template
 * at a random offset and then counts up, so consecutive attempts walk the template's
 * permuted parameter space: no repeated draw until it is exhausted.
 *
 * One upsert per template: the row lock of `ON CONFLICT DO UPDATE` makes parallel
 * starts take turns, so each gets its own count (a read-then-write handed out the same
 * seed twice, and two first starts collided on the primary key).
 */
export async function allocateSeeds(tx: Prisma.TransactionClient, userId: string, keys: readonly string[], random: () => number): Promise<number[]> {
  const seeds: number[] = [];
  for (const templateKey of keys) {
    const seedBase = Math.floor(random() * 2 ** 30);
    const [row] = await tx.$queryRaw<{ seed: number }[]>`
      INSERT INTO "TemplateExposure" ("userId", "templateKey", "seedBase", "count")
      VALUES (${userId}, ${templateKey}, ${seedBase}, 1)
      ON CONFLICT ("userId", "templateKey") DO UPDATE SET "count" = "TemplateExposure"."count" + 1
      RETURNING ("seedBase" + "count" - 1)::int AS seed`;
    seeds.push(row!.seed);
  }
  return seeds;
}
