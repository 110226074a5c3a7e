import type { EventLog } from "@/scripts/lib/supervisor";

export type RecordedEvent = { level: string; event: string } & Record<string, unknown>;

/**
 * Keeps what a supervisor logs, for tests: every event in order, and a promise for
 * the next one that matches, so a test waits for a restart rather than for a time.
 */
export function eventRecorder(): {
  log: EventLog;
  named(event: string): RecordedEvent[];
  next(matches: (event: RecordedEvent) => boolean): Promise<RecordedEvent>;
} {
  const events: RecordedEvent[] = [];
  const waiting: { matches: (event: RecordedEvent) => boolean; resolve: (event: RecordedEvent) => void }[] = [];
  return {
    log: (level, event, fields) => {
      const entry: RecordedEvent = { level, event, ...fields };
      events.push(entry);
      for (const waiter of [...waiting]) {
        if (!waiter.matches(entry)) continue;
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(entry);
      }
    },
    named: (event) => events.filter((entry) => entry.event === event),
    next: (matches) => new Promise((resolve) => waiting.push({ matches, resolve })),
  };
}
