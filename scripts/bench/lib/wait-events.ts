import pg from "pg";

/**
 * What PostgreSQL's backends wait on during a run: `pg_stat_activity` sampled every `everyMs`,
 * counting the active backends of one database by wait event ("CPU" when running, not waiting).
 * A sample is one backend seen once, so the shares say where the backends' time went.
 */
export function sampleWaitEvents(url: string, everyMs = 50): { stop(): Promise<{ samples: number; byEvent: Map<string, number> }> } {
  const client = new pg.Client({ connectionString: url });
  const byEvent = new Map<string, number>();
  let samples = 0;
  let running = true;
  const loop = (async () => {
    await client.connect();
    while (running) {
      const { rows } = await client.query<{ event: string; n: number }>(
        `SELECT COALESCE(wait_event_type || ': ' || wait_event, 'CPU (not waiting)') AS event, COUNT(*)::int AS n
         FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid() GROUP BY 1`,
      );
      for (const r of rows) {
        byEvent.set(r.event, (byEvent.get(r.event) ?? 0) + r.n);
        samples += r.n;
      }
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
    await client.end();
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { samples, byEvent };
    },
  };
}

export function printWaitEvents({ samples, byEvent }: { samples: number; byEvent: Map<string, number> }): void {
  console.log(`PostgreSQL's active backends, sampled from pg_stat_activity (${samples} backend samples):`);
  for (const [event, n] of [...byEvent].sort((a, b) => b[1] - a[1])) console.log(`  ${((n / Math.max(1, samples)) * 100).toFixed(1).padStart(5)} %  ${event}`);
}
