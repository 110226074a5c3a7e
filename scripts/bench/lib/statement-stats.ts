import pg from "pg";

/**
 * Statements the database ran for one database, from pg_stat_statements (BEGIN and COMMIT
 * included: utility statements are tracked), so a benchmark can report round trips per request.
 * The cluster must load the extension at start (`shared_preload_libraries`).
 */
export async function enableStatementStats(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ setting: string }>("SELECT setting FROM pg_settings WHERE name = 'shared_preload_libraries'");
    if (!rows[0]?.setting.includes("pg_stat_statements")) {
      // Takes effect at the next start of the cluster.
      await client.query("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
      return false;
    }
    await client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    return true;
  } finally {
    await client.end();
  }
}

export async function resetStatementStats(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_stat_statements_reset()");
  } finally {
    await client.end();
  }
}

/** Statements run in `url`'s database since the last reset (the reset's own connection excluded). */
export async function countStatements(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ calls: string | null }>(
      "SELECT sum(calls)::bigint AS calls FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat_statements%'",
    );
    return Number(rows[0]?.calls ?? 0);
  } finally {
    await client.end();
  }
}

/** The statements that took the most database time since the last reset, with calls and mean time. */
export async function topStatements(url: string, limit = 6): Promise<{ query: string; calls: number; totalMs: number; meanMs: number; rows: number }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ query: string; calls: string; total: number; mean: number; rows: string }>(
      `SELECT query, calls, total_exec_time AS total, mean_exec_time AS mean, rows FROM pg_stat_statements
       WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat_statements%'
       ORDER BY total_exec_time DESC LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({ query: r.query.replace(/\s+/g, " ").slice(0, 110), calls: Number(r.calls), totalMs: r.total, meanMs: r.mean, rows: Number(r.rows) }));
  } finally {
    await client.end();
  }
}
