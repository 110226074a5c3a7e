import "server-only";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";
import { ATTEMPT_SUMMARY_SELECT, toAttemptSummary, type AttemptSummary } from "./internal/attempt-summary";

/** The actor's own attempts, newest first, optionally for one topic. */
export async function listAttempts(actor: Actor, filter: { topic?: string } = {}, take = 20): Promise<AttemptSummary[]> {
  const rows = await getDb().attempt.findMany({
    where: { userId: actor.id, preview: false, ...(filter.topic ? { topic: { slug: filter.topic } } : {}) },
    orderBy: { startedAt: "desc" },
    take,
    select: ATTEMPT_SUMMARY_SELECT,
  });
  return rows.map(toAttemptSummary);
}
