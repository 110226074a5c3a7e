import "server-only";
import { getDb } from "@/lib/server/db";
import { counterKeys, countTry, decideSignInTry, THROTTLE, type ThrottleCounter, type ThrottleDecision, type ThrottleKeys } from "@/lib/auth/sign-in-throttle";

type Row = { key: string; failures: number; lastAttemptAt: Date; lastSuccessAt: Date | null };

/**
 * Decides whether a sign-in try may check its password and, when it may, counts it first,
 * all under row locks on its counters (three, or two when the client is unknown): parallel tries queue on the locks, so each one
 * sees the count the previous left, and no more than the allowed number reach the (slow)
 * password check. A success then undoes its own count (recordSignInSuccess).
 */
export async function reserveSignInTry(keys: ThrottleKeys, now: Date): Promise<ThrottleDecision> {
  // One order for every transaction (byte order, as in ORDER BY … COLLATE "C"), so two tries
  // that share some keys take the locks in the same order and cannot deadlock.
  const sorted = counterKeys(keys).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`
      INSERT INTO "SignInThrottle" ("key", "failures", "lastAttemptAt")
      SELECT k, 0, ${now} FROM unnest(${sorted}::text[]) WITH ORDINALITY AS t(k, i) ORDER BY i
      ON CONFLICT ("key") DO NOTHING`;
    const rows = await tx.$queryRaw<Row[]>`
      SELECT "key", "failures", "lastAttemptAt", "lastSuccessAt" FROM "SignInThrottle"
      WHERE "key" = ANY(${sorted}::text[]) ORDER BY "key" COLLATE "C" FOR UPDATE`;
    const counter = (key: string): ThrottleCounter => {
      const row = rows.find((r) => r.key === key);
      if (!row) throw new Error(`Sign-in throttle row ${key} vanished inside its transaction.`);
      // No tries counted (a new row, or a pair reset by a success): its stamp means nothing.
      return { failures: row.failures, lastAttemptAt: row.failures > 0 ? row.lastAttemptAt : null, lastSuccessAt: row.lastSuccessAt };
    };
    const counters = { pair: counter(keys.pair), client: keys.client === null ? null : counter(keys.client), account: counter(keys.account) };
    const decision = decideSignInTry(counters, now);
    if (!decision.allowed) return decision;

    const counted: [string, number][] = [
      [keys.pair, countTry(counters.pair, THROTTLE.pair, now).failures],
      [keys.account, countTry(counters.account, THROTTLE.account, now).failures],
    ];
    if (keys.client !== null && counters.client !== null) counted.push([keys.client, countTry(counters.client, THROTTLE.client, now).failures]);
    await tx.$executeRaw`
      UPDATE "SignInThrottle" AS s SET "failures" = v.f, "lastAttemptAt" = ${now}
      FROM unnest(${counted.map(([k]) => k)}::text[], ${counted.map(([, f]) => f)}::int[]) AS v(k, f)
      WHERE s."key" = v.k`;
    return decision;
  });
}
