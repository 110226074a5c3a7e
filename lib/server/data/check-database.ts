import "server-only";
import { getDb } from "@/lib/server/db";
import { summarizeError } from "@/lib/server/log";

/** For the health endpoint: a round trip to PostgreSQL, with its latency. */
export async function checkDatabase(): Promise<{ ok: true; latencyMs: number } | { ok: false; error: string }> {
  const started = performance.now();
  try {
    await getDb().$queryRaw`SELECT 1`;
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, error: summarizeError(error) };
  }
}
