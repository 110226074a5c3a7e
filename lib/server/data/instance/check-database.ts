import "server-only";
import { getDb } from "@/lib/server/db";
import { log, summarizeError } from "@/lib/server/log";

/**
 * For the health endpoint: a round trip to PostgreSQL, with its latency. Why it failed goes to
 * the log only: the endpoint is public, and the error names the database's host and port.
 */
export async function checkDatabase(): Promise<{ ok: true; latencyMs: number } | { ok: false }> {
  const started = performance.now();
  try {
    await getDb().$queryRaw`SELECT 1`;
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    log("error", "health_database_unreachable", { error: summarizeError(error) });
    return { ok: false };
  }
}
