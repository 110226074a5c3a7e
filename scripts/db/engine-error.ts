/**
 * The useful part of a schema engine error: its message without the generic
 * "external connector error" line and the Rust span trace ("   0: ..." lines).
 */
export function describeEngineError(error: unknown): string {
  const lines = (error instanceof Error ? error.message : String(error)).split("\n");
  const traceStart = lines.findIndex((line) => /^\s+\d+: /.test(line));
  return (traceStart === -1 ? lines : lines.slice(0, traceStart))
    .filter((line) => line.trim() !== "external connector error")
    .join("\n")
    .trim();
}

/** The migration an applyMigrations error is about, read from the engine's span trace. */
export function failedMigrationName(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  return /migration_name="([^"]+)"/.exec(message)?.[1];
}
