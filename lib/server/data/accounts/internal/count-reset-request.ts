import "server-only";
import { getDb } from "@/lib/server/db";
import { admit, RESET_REQUEST_LIMITS } from "@/lib/auth/reset-request-throttle";

/**
 * Counts one request for a reset link under its address and its client (when known) and says
 * whether it may go ahead (policy in lib/auth/reset-request-throttle.ts). The counters' rows are
 * locked in key order for the decision, so of any number of requests sent at once no more than
 * the limit go ahead.
 */
export async function countResetRequest(keys: { email: string; client: string | null }, now: Date): Promise<boolean> {
  const rules = [
    { key: `reset-account:${keys.email}`, rule: RESET_REQUEST_LIMITS.account },
    // Without a known address, all such clients share one bucket (as sign-in does): nothing goes uncapped.
    { key: `reset-client:${keys.client ?? "unknown"}`, rule: RESET_REQUEST_LIMITS.client },
  ].sort((a, b) => (a.key < b.key ? -1 : 1));
  const names = rules.map((r) => r.key);
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`
      INSERT INTO "SignInThrottle" ("key", "failures", "lastAttemptAt") SELECT k, 0, ${now}::timestamp FROM unnest(${names}::text[]) AS k
      ON CONFLICT ("key") DO NOTHING`;
    const rows = await tx.$queryRaw<{ key: string; failures: number; lastAttemptAt: Date }[]>`
      SELECT "key", "failures", "lastAttemptAt" FROM "SignInThrottle" WHERE "key" = ANY(${names}::text[]) ORDER BY "key" FOR UPDATE`;
    const byKey = new Map(rows.map((r) => [r.key, { level: r.failures, since: r.lastAttemptAt }]));
    const { allowed, buckets } = admit(
      rules.map(({ key, rule }) => ({ bucket: byKey.get(key) ?? { level: 0, since: now }, rule })),
      now,
    );
    // The bucket's level and its leak clock, in the counter's columns.
    await tx.$executeRaw`
      UPDATE "SignInThrottle" AS s SET "failures" = v.level, "lastAttemptAt" = v.since
      FROM unnest(${names}::text[], ${buckets.map((b) => b.level)}::int[], ${buckets.map((b) => b.since)}::timestamp[]) AS v(key, level, since)
      WHERE s."key" = v.key`;
    return allowed;
  });
}
