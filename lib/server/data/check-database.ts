import "server-only";
import { getDb } from "@/lib/server/db";

/** For the health endpoint: a round trip to PostgreSQL, with its latency. */
export async function checkDatabase(): Promise<{ ok: true; latencyMs: number } | { ok: false; error: string }> {
  const started = performance.now();
  try {
    await getDb().$queryRaw`SELECT 1`;
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message.split("\n")[0]!.slice(0, 200) : "unknown error" };
  }
}
