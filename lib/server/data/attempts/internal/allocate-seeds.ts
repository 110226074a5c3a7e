import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The next seeds of each template for a student. Each student starts every template
 * at a random offset and then counts up, so consecutive attempts walk the template's
 * permuted parameter space: no repeated draw until it is exhausted.
 *
 * One upsert for all of them: the row lock of `ON CONFLICT DO UPDATE` makes parallel starts take
 * turns, so each gets its own count (a read-then-write handed out the same seed twice, and two
 * first starts collided on the primary key). A template listed twice takes two counts; rows go
 * in key order, so two starts locking the same rows can't deadlock.
 */
export async function allocateSeeds(tx: Prisma.TransactionClient, userId: string, keys: readonly string[], random: () => number): Promise<number[]> {
  if (keys.length === 0) return [];
  // One random offset per key listed, in order, as before (a key listed again keeps its first).
  const wanted = new Map<string, { seedBase: number; times: number }>();
  for (const key of keys) {
    const seedBase = Math.floor(random() * 2 ** 30);
    const entry = wanted.get(key);
    if (entry) entry.times++;
    else wanted.set(key, { seedBase, times: 1 });
  }
  const sorted = [...wanted].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const rows = await tx.$queryRaw<{ templateKey: string; pastLast: number }[]>`
    INSERT INTO "TemplateExposure" ("userId", "templateKey", "seedBase", "count")
    SELECT ${userId}, k, b, n FROM unnest(${sorted.map(([k]) => k)}::text[], ${sorted.map(([, w]) => w.seedBase)}::int[], ${sorted.map(([, w]) => w.times)}::int[]) AS t(k, b, n)
    ON CONFLICT ("userId", "templateKey") DO UPDATE SET "count" = "TemplateExposure"."count" + EXCLUDED."count"
    RETURNING "templateKey", ("seedBase" + "count")::int AS "pastLast"`;
  // After the update the count includes this start's takes: its seeds are the last `times` values.
  const next = new Map(rows.map((r) => [r.templateKey, r.pastLast - wanted.get(r.templateKey)!.times]));
  return keys.map((key) => {
    const seed = next.get(key)!;
    next.set(key, seed + 1);
    return seed;
  });
}
