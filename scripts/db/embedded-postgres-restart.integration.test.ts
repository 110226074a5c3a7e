import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { eventRecorder } from "../../test/integration/event-recorder";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";
import { readPostmasterPid } from "./postmaster-pid";

const TIMEOUT = 180_000;
// Short waits keep the test quick; the delays themselves are checked as logged, never measured.
const POLICY = { firstDelayMs: 100, maxDelayMs: 400, stableAfterMs: 600_000 };
const temporaryDirs: string[] = [];
const cleanups: (() => Promise<unknown>)[] = [];

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  await Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function newDataDir(): Promise<string> {
  const parent = await mkdtemp(path.join(os.tmpdir(), "qf-pg-restart-"));
  temporaryDirs.push(parent);
  return path.join(parent, "postgres");
}

async function postmasterPid(dataDir: string): Promise<number> {
  const lock = await readPostmasterPid(dataDir);
  if (!lock) throw new Error(`no postmaster.pid in ${dataDir}`);
  return lock.pid;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("the embedded PostgreSQL under supervision", () => {
  let dataDir: string;
  let server: EmbeddedPostgres;
  let db: PrismaClient;
  const events = eventRecorder();

  it(
    "comes back on the same URL after its postmaster is killed (kill -9), and the app's pool reconnects",
    async () => {
      dataDir = await newDataDir();
      server = await startEmbeddedPostgres({ dataDir, supervise: { log: events.log, policy: POLICY } });
      cleanups.push(() => server.stop());
      await server.createDatabaseIfMissing("app");
      // The app's client: Prisma over a pg pool, as lib/server/db.ts builds it.
      db = new PrismaClient({ adapter: new PrismaPg({ connectionString: server.urlFor("app") }) });
      cleanups.push(() => db.$disconnect());
      await db.$executeRawUnsafe("CREATE TABLE kept (note text)");
      await db.$executeRawUnsafe("INSERT INTO kept VALUES ('before the crash')");

      const crashed = await postmasterPid(dataDir);
      process.kill(crashed, "SIGKILL");
      const restarted = await events.next((event) => event.event === "process_restarted");

      const [restart, ...retries] = events.named("process_restart");
      expect(restart).toMatchObject({ level: "warn", process: "postgres", pid: crashed, reason: "signal SIGKILL", delayMs: 100, crashesInARow: 1 });
      // A retry only if the killed server's sessions still held its shared memory a moment too long.
      for (const retry of retries) expect(retry.reason).toMatch(/^restart failed: /);
      const pid = await postmasterPid(dataDir);
      expect(pid).not.toBe(crashed);
      expect(restarted).toMatchObject({ process: "postgres", pid });
      expect(await db.$queryRawUnsafe("SELECT note FROM kept")).toEqual([{ note: "before the crash" }]);
    },
    TIMEOUT,
  );

  it(
    "is restarted again after a second crash",
    async () => {
      const crashed = await postmasterPid(dataDir);
      process.kill(crashed, "SIGKILL");
      await events.next((event) => event.event === "process_restarted");
      expect(events.named("process_restart").filter((event) => event.reason === "signal SIGKILL")).toHaveLength(2);
      expect(await db.$queryRawUnsafe("SELECT count(*)::int AS n FROM kept")).toEqual([{ n: 1 }]);
    },
    TIMEOUT,
  );

  it(
    "stops cleanly when asked, and is not restarted then",
    async () => {
      const pid = await postmasterPid(dataDir);
      await db.$disconnect();
      await server.stop();
      expect(isAlive(pid)).toBe(false);
      // A clean shutdown leaves no lock file behind (a crash would).
      expect(await readPostmasterPid(dataDir)).toBeNull();
      expect(events.named("process_restart").filter((event) => event.reason === "signal SIGKILL")).toHaveLength(2);
      expect(events.named("process_restarted")).toHaveLength(2);
    },
    TIMEOUT,
  );
});
