import pg from "pg";
import type { EmbeddedPostgres } from "../../db/embedded-postgres";
import { latencyOf, type Latency } from "./latency";

/**
 * The database's own speed, measured in the same run and cluster as the app: pgbench's built-in
 * "simple-update" script (`pgbench -b simple-update`: update one account, read it back, insert a
 * history row, commit) at scale 1 (100,000 accounts), written here with the `pg` driver over a pool
 * because pgbench isn't on a fresh machine. One statement per round trip, as pgbench's default
 * (simple) protocol sends them.
 */
export type BaselineResult = { clients: number; transactions: number; seconds: number; tps: number; latency: Latency };

const ACCOUNTS = 100_000;
const DB = "quizformer_bench_pgbaseline";

export async function preparePgBaseline(cluster: EmbeddedPostgres): Promise<string> {
  await cluster.dropDatabase(DB);
  await cluster.createDatabaseIfMissing(DB);
  const url = cluster.urlFor(DB);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // pgbench -i's tables, fill factor 100, as `pgbench -i -s 1` makes them.
    await client.query(`
      CREATE TABLE pgbench_branches (bid int PRIMARY KEY, bbalance int, filler char(88));
      CREATE TABLE pgbench_tellers (tid int PRIMARY KEY, bid int, tbalance int, filler char(84));
      CREATE TABLE pgbench_accounts (aid int PRIMARY KEY, bid int, abalance int, filler char(84));
      CREATE TABLE pgbench_history (tid int, bid int, aid int, delta int, mtime timestamp, filler char(22));
      INSERT INTO pgbench_branches SELECT 1, 0, '';
      INSERT INTO pgbench_tellers SELECT t, 1, 0, '' FROM generate_series(1, 10) t;
      INSERT INTO pgbench_accounts SELECT a, 1, 0, '' FROM generate_series(1, ${ACCOUNTS}) a;
    `);
    // A statement of its own: VACUUM can't run in the implicit transaction of a multi-statement query.
    await client.query("VACUUM ANALYZE");
  } finally {
    await client.end();
  }
  return url;
}

function randomInt(min: number, max: number): number {
  return min + Math.floor(Math.random() * (max - min + 1));
}

/** Runs simple-update transactions from `clients` connections for `seconds`, then reports transactions per second. */
export async function runPgBaseline(url: string, clients: number, seconds: number): Promise<BaselineResult> {
  const pool = new pg.Pool({ connectionString: url, max: clients });
  const samples: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  try {
    const worker = async () => {
      const c = await pool.connect();
      try {
        while (performance.now() < deadline) {
          const aid = randomInt(1, ACCOUNTS);
          const delta = randomInt(-5000, 5000);
          const started = performance.now();
          await c.query("BEGIN");
          await c.query(`UPDATE pgbench_accounts SET abalance = abalance + ${delta} WHERE aid = ${aid}`);
          await c.query(`SELECT abalance FROM pgbench_accounts WHERE aid = ${aid}`);
          await c.query(`INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) VALUES (${randomInt(1, 10)}, 1, ${aid}, ${delta}, CURRENT_TIMESTAMP)`);
          await c.query("END");
          samples.push(performance.now() - started);
        }
      } finally {
        c.release();
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: clients }, worker));
    const elapsed = (performance.now() - started) / 1000;
    return { clients, transactions: samples.length, seconds: elapsed, tps: samples.length / elapsed, latency: latencyOf(samples) };
  } finally {
    await pool.end();
  }
}

/** Measures the baseline once per client count, `seconds` each, and prints it beside the app's rates. */
export async function compareWithPgBaseline(cluster: EmbeddedPostgres, app: { label: string; clients: number; rps: number; p50: number }[], seconds = 10): Promise<void> {
  const url = await preparePgBaseline(cluster);
  console.log(`\nPostgreSQL's own rate in this run (pgbench simple-update, ${seconds} s per client count) and the app's share of it`);
  const baselines = new Map<number, BaselineResult>();
  for (const row of app) {
    const base = baselines.get(row.clients) ?? (await runPgBaseline(url, row.clients, seconds));
    baselines.set(row.clients, base);
    const share = (row.rps / base.tps) * 100;
    console.log(
      `${row.label.padEnd(48)} app ${row.rps.toFixed(0).padStart(5)} req/s (p50 ${row.p50.toFixed(1)} ms) · database ${base.tps.toFixed(0).padStart(5)} tx/s (p50 ${base.latency.p50.toFixed(2)} ms) · share ${share.toFixed(1)} %`,
    );
  }
}
