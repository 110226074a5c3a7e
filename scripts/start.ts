// `npm start`: the whole platform on one machine. Uses DATABASE_URL when set, else an
// embedded PostgreSQL under .data/postgres; migrates, seeds, builds when the sources
// changed, then serves on PORT (3000). Ctrl-C stops the app, then the database;
// a crashed app or database is restarted (scripts/lib/supervisor.ts).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { log } from "@/lib/server/log";
import { resolveDatabase } from "./db/database-url";
import { sourceHash } from "./lib/source-hash";
import { spawnNext, waitForExit } from "./lib/run-next";
import { assertPortFree } from "./lib/port";
import { say, serve } from "./lib/serve";
import { parseBackupInterval, parseBackupKeep } from "./db/backup/backup-files";
import { scheduleBackups } from "./db/backup/schedule-backups";

const root = process.cwd();
const port = Number(process.env.PORT ?? 3000);
const started = Date.now();

async function buildIfChanged(env: NodeJS.ProcessEnv): Promise<void> {
  const hashFile = path.join(root, ".next", "quizformer-source-hash");
  const hash = sourceHash(root);
  const upToDate = existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(hashFile) && readFileSync(hashFile, "utf8") === hash;
  if (upToDate) return;
  say("building the production bundle (first start or changed sources; a minute or two)…");
  const buildStarted = Date.now();
  if ((await waitForExit(spawnNext(["build"], env))) !== 0) throw new Error("the production build failed (see above)");
  writeFileSync(hashFile, hash);
  say(`build finished in ${Math.round((Date.now() - buildStarted) / 1000)} s`);
}

async function main(): Promise<void> {
  await assertPortFree(port);
  // A mistyped BACKUP_EVERY or BACKUP_KEEP stops the start, rather than leaving the data unsaved.
  parseBackupInterval(process.env.BACKUP_EVERY);
  parseBackupKeep(process.env.BACKUP_KEEP);
  const database = await resolveDatabase({ dataDir: path.join(root, ".data", "postgres"), dbName: "quizformer", log: say, superviseWith: log });
  await serve({
    database,
    port,
    nextArgs: ["start"],
    beforeServe: buildIfChanged,
    onReady: async (ms) => {
      say(`ready at http://localhost:${port} (${(ms / 1000).toFixed(1)} s to serve, ${((Date.now() - started) / 1000).toFixed(1)} s since npm start)`);
      const home = await fetch(`http://127.0.0.1:${port}/`, { redirect: "manual" }).catch(() => null);
      if (home?.headers.get("location")?.endsWith("/setup")) say(`first run: open http://localhost:${port}/setup to create the admin account`);
      if (scheduleBackups(database.url, say)) say(`backups every ${process.env.BACKUP_EVERY} into .data/backups (keeping ${parseBackupKeep(process.env.BACKUP_KEEP)})`);
    },
  });
}

main().catch((error: unknown) => {
  console.error(`[quizformer] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
