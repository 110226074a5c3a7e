import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../db/embedded-postgres";
import { migrateDatabase } from "../../db/migrate";
import { waitForOk } from "../../lib/port";
import { enableStatementStats } from "./statement-stats";
import { spawnNext, waitForExit } from "../../lib/run-next";

/**
 * What an HTTP benchmark needs: the production build (built first if missing), a fresh migrated
 * database of its own in the benchmark cluster (also set as DATABASE_URL for in-process seeding),
 * and later the server itself.
 */
export async function prepareBenchDatabase(dbName: string, options: { statementStats?: boolean } = {}): Promise<{ cluster: EmbeddedPostgres; url: string }> {
  await ensureProductionBuild();
  const fresh = await freshBenchDatabase("bench-postgres", dbName);
  if (!options.statementStats || (await enableStatementStats(fresh.url))) return fresh;
  // pg_stat_statements loads at start: start the cluster again with it.
  await fresh.cluster.stop();
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(process.cwd(), ".data", "bench-postgres") });
  const url = cluster.urlFor(dbName);
  process.env.DATABASE_URL = url;
  if (!(await enableStatementStats(url))) throw new Error("pg_stat_statements did not load");
  return { cluster, url };
}

/**
 * A benchmark's own cluster (`.data/<clusterName>`, so benchmarks can run side by side) with a
 * fresh, migrated database, also set as DATABASE_URL for in-process seeding. The cluster is
 * stopped again if the database can't be made.
 */
export async function freshBenchDatabase(clusterName: string, dbName: string): Promise<{ cluster: EmbeddedPostgres; url: string }> {
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(process.cwd(), ".data", clusterName) });
  try {
    await cluster.dropDatabase(dbName);
    await cluster.createDatabaseIfMissing(dbName);
    const url = cluster.urlFor(dbName);
    process.env.DATABASE_URL = url;
    await migrateDatabase(url, { log: () => undefined });
    return { cluster, url };
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}

const SOURCES = ["app", "lib", "components", "next.config.ts", "package-lock.json", "prisma/schema.prisma"];

/** The newest modification time among the files a production build is made from. */
function newestSourceTime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestSourceTime(path.join(entry, name))), stat.mtimeMs);
}

/**
 * Runs `next build` when there is no production build yet (`npm run test:e2e` leaves one) or when
 * a source file changed since it was made: a benchmark of a stale build measures old code.
 */
export async function ensureProductionBuild(): Promise<void> {
  const buildId = path.join(process.cwd(), ".next", "BUILD_ID");
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((s) => newestSourceTime(path.join(process.cwd(), s))));
  if (builtAt > changedAt) return;
  console.log(builtAt === 0 ? "no production build yet: running next build…" : "sources changed since the last build: running next build…");
  if ((await waitForExit(spawnNext(["build"], { ...process.env }))) !== 0) throw new Error("next build failed");
}

/**
 * Starts `next start` on the database and waits until it answers its health check. With
 * BENCH_CPU_PROFILE=1 the server writes a V8 CPU profile into .data/bench/profiles when it stops.
 */
export async function startBenchServer(url: string, port: number): Promise<{ pid: number; stop(): Promise<void> }> {
  const base = `http://127.0.0.1:${port}`;
  const nodeArgs = process.env.BENCH_CPU_PROFILE === "1" ? ["--cpu-prof", `--cpu-prof-dir=${path.join(process.cwd(), ".data", "bench", "profiles")}`] : [];
  const app = spawnNext(["start", "-p", String(port), "-H", "127.0.0.1"], { ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: "bench-only-secret", NEXTAUTH_URL: base }, { nodeArgs });
  const stop = async () => {
    app.kill("SIGTERM");
    await waitForExit(app);
  };
  if (!(await waitForOk(`${base}/api/health`, 60_000))) {
    await stop();
    throw new Error("the server did not start");
  }
  return { pid: app.pid ?? -1, stop };
}
