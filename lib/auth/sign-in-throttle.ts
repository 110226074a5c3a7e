/**
 * Sign-in throttling policy (OWASP ASVS 2.2.1), pure so it can be tested with a fixed clock.
 *
 * Tries are counted under three keys:
 * - pair (account, client): a few free tries, then exponential backoff (1 s, 2 s, 4 s …,
 *   capped at 15 min). A success resets it. This is the main limit: it slows one client
 *   guessing one account without touching anybody else.
 * - client, across accounts: a looser ceiling so one client cannot spray many accounts.
 * - account, across clients: a looser ceiling so many clients cannot grind one account.
 * The two ceilings spare a *known* client, one that signed in to this account before, so
 * an attacker can never lock the owner out of their own client. There is no hard lock:
 * waiting always works.
 *
 * When the client's address can't be known (no trusted source of it), there is no client:
 * the pair is the account alone, there is no client ceiling (it would be one bucket for the
 * whole site) and nobody is "known" (an attacker would inherit the owner's standing).
 *
 * Every try is counted before its password is checked (the caller holds row locks while
 * it decides), so parallel tries cannot slip past the limit.
 */

export type BackoffRule = {
  /** Tries allowed before any wait. */
  free: number;
  /** Wait after the first try beyond the free ones; doubles with each further try. */
  baseMs: number;
  capMs: number;
  /** One counted try is forgotten per this many ms (a leaky bucket); none for the pair, which a success resets. */
  leakMs: number | null;
};

export const THROTTLE = {
  pair: { free: 5, baseMs: 1_000, capMs: 15 * 60_000, leakMs: null },
  client: { free: 20, baseMs: 1_000, capMs: 15 * 60_000, leakMs: 60_000 },
  account: { free: 20, baseMs: 1_000, capMs: 15 * 60_000, leakMs: 60_000 },
  /** A client that signed in to an account within this time is known to it. */
  knownClientMs: 90 * 24 * 60 * 60_000,
  /** Counters untouched for this long start again from zero (and may be deleted). */
  forgetAfterMs: 24 * 60 * 60_000,
} as const satisfies Record<string, BackoffRule | number>;

export type ThrottleCounter = { failures: number; lastAttemptAt: Date | null; lastSuccessAt: Date | null };

/** `client` is null when the client's address is not known: then the pair is the account alone. */
export type ThrottleKeys = { pair: string; client: string | null; account: string };

/** The keys of one try; `client` is the client's address, or null when it can't be known. */
export function throttleKeys(email: string, client: string | null): ThrottleKeys {
  const account = email.trim().toLowerCase();
  if (client === null) return { pair: `pair:${account}`, client: null, account: `account:${account}` };
  return { pair: `pair:${account} ${client}`, client: `client:${client}`, account: `account:${account}` };
}

/** The keys a try counts under, the absent client left out. */
export function counterKeys(keys: ThrottleKeys): string[] {
  return [keys.pair, keys.client, keys.account].filter((k): k is string => k !== null);
}

/** Wait before the next try under one rule, given the tries counted so far; 0 when free. */
export function backoffMs(failures: number, rule: BackoffRule): number {
  if (failures < rule.free) return 0;
  const doublings = failures - rule.free;
  // 2^31 ms is far beyond any cap: stops the power from overflowing to Infinity.
  return Math.min(rule.baseMs * 2 ** Math.min(doublings, 31), rule.capMs);
}

/** The tries still counted at `now`: none after a day without tries, fewer as the bucket leaks. */
export function countedTries(counter: ThrottleCounter, rule: BackoffRule, now: Date): number {
  if (!counter.lastAttemptAt) return 0;
  const idle = now.getTime() - counter.lastAttemptAt.getTime();
  if (idle >= THROTTLE.forgetAfterMs) return 0;
  const leaked = rule.leakMs ? Math.floor(Math.max(0, idle) / rule.leakMs) : 0;
  return Math.max(0, counter.failures - leaked);
}

/**
 * Milliseconds until this counter allows a try, 0 when it does now. With a leaking rule the
 * wait is reckoned from the count at `now`, so it may overstate slightly, never understate.
 */
function waitMs(counter: ThrottleCounter, rule: BackoffRule, now: Date): number {
  if (!counter.lastAttemptAt) return 0;
  const backoff = backoffMs(countedTries(counter, rule, now), rule);
  // Free tries never wait, even when a parallel request (or another instance's clock) stamped
  // the counter a few milliseconds after this request's `now`.
  if (backoff === 0) return 0;
  return Math.max(0, counter.lastAttemptAt.getTime() + backoff - now.getTime());
}

export function isKnownClient(pair: ThrottleCounter, now: Date): boolean {
  return pair.lastSuccessAt !== null && now.getTime() - pair.lastSuccessAt.getTime() < THROTTLE.knownClientMs;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Whether a try may check its password now; when not, the whole seconds to wait (at least 1).
 * `client` is null when the client can't be known (no client ceiling, and nobody is known).
 */
export function decideSignInTry(counters: { pair: ThrottleCounter; client: ThrottleCounter | null; account: ThrottleCounter }, now: Date): ThrottleDecision {
  const waits = [waitMs(counters.pair, THROTTLE.pair, now)];
  if (counters.client === null) {
    waits.push(waitMs(counters.account, THROTTLE.account, now));
  } else if (!isKnownClient(counters.pair, now)) {
    waits.push(waitMs(counters.client, THROTTLE.client, now), waitMs(counters.account, THROTTLE.account, now));
  }
  const wait = Math.max(...waits);
  return wait > 0 ? { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) } : { allowed: true };
}

/** A counter once an allowed try is counted (before its password is checked). */
export function countTry(counter: ThrottleCounter, rule: BackoffRule, now: Date): ThrottleCounter {
  return { ...counter, failures: countedTries(counter, rule, now) + 1, lastAttemptAt: now };
}
