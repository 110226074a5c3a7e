import "server-only";
import type { Actor } from "@/lib/server/data/actor";
import { appErrorCode } from "@/lib/server/errors";
import { log } from "@/lib/server/log";

/** One call of an entry point (a server action or a route handler), as the hooks see it. */
export type EntryCall = { kind: "action" | "route"; name: string; actor: Actor | null };

/** How a call ended: its typed error's code ("forbidden", "validation", …), "ok", or "unexpected". */
export type EntryOutcome = "ok" | "unexpected" | (string & {});

/**
 * The one place where cross-cutting policy meets every entry point. `limit` runs after the caller
 * is known and the input parsed, before the handler: throw a RateLimitedError to refuse. `audit`
 * entries are written for calls that change something (`audit: true` on the entry).
 */
export type EntryPolicy<I> = {
  /** Refuse before the handler runs (e.g. a RateLimitedError); the wrapper maps the error like any other. */
  limit?: (call: EntryCall, input: I, now: Date) => Promise<void>;
  /** One audit line per call, whatever its outcome. */
  audit?: boolean;
};

export async function beforeEntry<I>(call: EntryCall, policy: EntryPolicy<I>, input: I, now: Date): Promise<void> {
  if (policy.limit) await policy.limit(call, input, now);
}

export function afterEntry(call: EntryCall, policy: EntryPolicy<never>, outcome: EntryOutcome, startedAt: number): void {
  if (!policy.audit) return;
  log("info", "audit", { kind: call.kind, name: call.name, actorId: call.actor?.id ?? null, outcome, ms: Math.round(performance.now() - startedAt) });
}

/**
 * The policy for errors nobody expected: logged once, as one JSON line with the entry's name, and
 * answered with a generic message (details of a bug or of the database never reach the browser).
 */
export function reportUnexpected(call: EntryCall, error: unknown): void {
  log("error", `${call.kind}_failed`, { name: call.name, actorId: call.actor?.id ?? null, error: error instanceof Error ? error.message : String(error) });
}

export const UNEXPECTED_MESSAGE = "Something went wrong on our side. Please try again in a moment.";

/** The outcome to record for an error: its typed code, or "unexpected". */
export function outcomeOf(error: unknown): EntryOutcome {
  return appErrorCode(error) ?? "unexpected";
}
