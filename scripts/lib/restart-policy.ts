/** How a supervised process ended: an exit code, or the signal that ended it. */
export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RestartPolicy {
  /** Wait before the first restart after a stable run. */
  firstDelayMs: number;
  /** The wait doubles with every crash in a row, up to this. */
  maxDelayMs: number;
  /** A process that ran this long before crashing starts the backoff afresh. */
  stableAfterMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = { firstDelayMs: 1_000, maxDelayMs: 30_000, stableAfterMs: 60_000 };

/** A crash (killed by a signal, or a non-zero exit code) is restarted; exit code 0 means the process chose to stop. */
export function isCrash(exit: ExitStatus): boolean {
  return exit.signal !== null || exit.code !== 0;
}

export function describeExit(exit: ExitStatus): string {
  return exit.signal !== null ? `signal ${exit.signal}` : `exit code ${exit.code}`;
}

export interface RestartDecision {
  delayMs: number;
  /** Crashes in a row, this one included: 1 after a stable run. */
  crashesInARow: number;
}

/**
 * The wait before restarting a process that crashed after running for `upForMs`:
 * 1 s, 2 s, 4 s … up to the cap while it keeps crashing soon after each start, so a
 * broken process does not spin, and back to the first delay once it had run stably.
 */
export function nextRestart(previousCrashesInARow: number, upForMs: number, policy: RestartPolicy = DEFAULT_RESTART_POLICY): RestartDecision {
  const crashesInARow = upForMs >= policy.stableAfterMs ? 1 : previousCrashesInARow + 1;
  // Capped exponent: 2 ** n would overflow to Infinity after a long crash loop.
  const doublings = Math.min(crashesInARow - 1, 30);
  return { delayMs: Math.min(policy.firstDelayMs * 2 ** doublings, policy.maxDelayMs), crashesInARow };
}
