import "server-only";

type Level = "info" | "warn" | "error";

/** Structured logs: one JSON object per line on stdout/stderr, ready for any log shipper. */
export function log(level: Level, event: string, fields: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
  if (level === "error") console.error(line);
  else console.log(line);
}

/** True when an error means PostgreSQL could not be reached (connection refused, timeouts, Prisma P1001/P1002). */
export function isDatabaseUnreachable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const e = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof e.code === "string" && ["ECONNREFUSED", "ENOTFOUND", "ETIMEDOUT", "P1001", "P1002", "57P01", "57P03"].includes(e.code)) {
      return true;
    }
    if (typeof e.message === "string" && /ECONNREFUSED|Can't reach database|Connection terminated|connect ETIMEDOUT/i.test(e.message)) {
      return true;
    }
    current = e.cause;
  }
  return false;
}

/** A one-line, bounded summary of an error for logs and health output (Prisma messages start with blank lines). */
export function summarizeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  return (lines.at(-1) ?? (error instanceof Error ? error.name : "unknown error")).slice(0, 300);
}
