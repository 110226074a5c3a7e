/**
 * Sign-in throttling policy, pure so it can be tested with a fixed clock.
 * Failed attempts are counted per email and per client IP over a sliding window;
 * once either count reaches its limit, further attempts wait until enough failures age out.
 */
export const THROTTLE = {
  windowMs: 15 * 60 * 1000,
  maxFailuresPerEmail: 5,
  maxFailuresPerIp: 20,
} as const;

/**
 * Seconds until another attempt is allowed, or null when allowed now.
 * @param failures timestamps of failed attempts for one key (any order)
 */
export function retryAfterSeconds(failures: readonly Date[], limit: number, windowMs: number, now: Date): number | null {
  const recent = failures
    .map((d) => d.getTime())
    .filter((t) => t > now.getTime() - windowMs && t <= now.getTime())
    .sort((a, b) => b - a);
  if (recent.length < limit) return null;
  // The attempt that must age out before the count drops below the limit.
  const blocking = recent[limit - 1]!;
  const waitMs = blocking + windowMs - now.getTime();
  return Math.max(1, Math.ceil(waitMs / 1000));
}

export function throttleKeys(email: string, ip: string | null): { emailKey: string; ipKey: string | null } {
  return { emailKey: `email:${email.trim().toLowerCase()}`, ipKey: ip ? `ip:${ip}` : null };
}
