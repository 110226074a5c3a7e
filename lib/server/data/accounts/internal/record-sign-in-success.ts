import "server-only";
import { getDb } from "@/lib/server/db";
import { counterKeys, THROTTLE, type ThrottleKeys } from "@/lib/auth/sign-in-throttle";

/**
 * After a right password: the client becomes known to the account and its pair count starts
 * again; the client's and the account's ceilings forget this try, which was counted before
 * its password was checked. Also deletes counters nobody has used for a day (and that mark
 * no known client), so the table stays small without a scheduled job.
 */
export async function recordSignInSuccess(keys: ThrottleKeys, now: Date): Promise<void> {
  const db = getDb();
  // The rows are locked in the order reserveSignInTry uses, so the two cannot deadlock.
  await db.$executeRaw`
    UPDATE "SignInThrottle" AS s SET
      "failures" = CASE WHEN s."key" = ${keys.pair} THEN 0 ELSE GREATEST(s."failures" - 1, 0) END,
      "lastSuccessAt" = CASE WHEN s."key" = ${keys.pair} THEN ${now} ELSE s."lastSuccessAt" END
    FROM (SELECT "key" FROM "SignInThrottle" WHERE "key" = ANY(${counterKeys(keys)}::text[])
          ORDER BY "key" COLLATE "C" FOR UPDATE) AS locked
    WHERE s."key" = locked."key"`;
  const idleSince = new Date(now.getTime() - THROTTLE.forgetAfterMs);
  const knownSince = new Date(now.getTime() - THROTTLE.knownClientMs);
  // SKIP LOCKED: a counter in use by a try right now is simply left for next time.
  await db.$executeRaw`
    DELETE FROM "SignInThrottle" WHERE "key" IN (
      SELECT "key" FROM "SignInThrottle"
      WHERE "lastAttemptAt" < ${idleSince} AND ("lastSuccessAt" IS NULL OR "lastSuccessAt" < ${knownSince})
      FOR UPDATE SKIP LOCKED)`;
}
