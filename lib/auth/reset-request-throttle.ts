/**
 * How often someone may ask for a password reset link by email, pure so it can be tested with a
 * fixed clock. Each key is a leaky bucket: it holds up to `burst` requests and forgets one every
 * `leakMs`. An address gets at most 3 links at once, then one every 20 minutes; a client may ask
 * 10 times, then once every 6 minutes. Refused requests send nothing and take no room.
 */
export type LeakyBucketRule = { burst: number; leakMs: number };

export const RESET_REQUEST_LIMITS = {
  account: { burst: 3, leakMs: 20 * 60_000 },
  client: { burst: 10, leakMs: 6 * 60_000 },
} as const satisfies Record<string, LeakyBucketRule>;

/** A bucket: how many requests it holds, counted from `since` (the leak's clock). */
export type Bucket = { level: number; since: Date };

/** The bucket at `now`, after the whole leak periods since its clock (the part of a period not yet over carries on). */
export function drain(bucket: Bucket, now: Date, rule: LeakyBucketRule): Bucket {
  const periods = Math.max(0, Math.floor((now.getTime() - bucket.since.getTime()) / rule.leakMs));
  if (periods === 0) return bucket;
  const level = Math.max(0, bucket.level - periods);
  return { level, since: level === 0 ? now : new Date(bucket.since.getTime() + periods * rule.leakMs) };
}

/** Whether a request fits in every bucket; if so, the buckets with it, else the buckets drained only. */
export function admit(buckets: readonly { bucket: Bucket; rule: LeakyBucketRule }[], now: Date): { allowed: boolean; buckets: Bucket[] } {
  const drained = buckets.map(({ bucket, rule }) => ({ bucket: drain(bucket, now, rule), rule }));
  const allowed = drained.every(({ bucket, rule }) => bucket.level + 1 <= rule.burst);
  return { allowed, buckets: drained.map(({ bucket }) => (allowed ? { level: bucket.level + 1, since: bucket.level === 0 ? now : bucket.since } : bucket)) };
}
