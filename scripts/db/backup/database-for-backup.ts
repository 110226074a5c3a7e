// The database a backup or restore command works on: DATABASE_URL when set; otherwise the
// embedded server's database, joined while `npm start` runs it (the app keeps serving), or
// started for the command and stopped after.
import { readFile } from "node:fs/promises";
import pg from "pg";
import { resolveDatabase } from "../database-url";
import { SUPERUSER } from "../initdb";
import { DEV_DATA_DIR, DEV_DATABASE } from "../paths";
import { postmasterState, readPostmasterPid } from "../postmaster-pid";
import { passwordFileFor } from "../superuser-password";

export type CommandDatabase = { url: string; embedded: boolean; running: boolean; stop(): Promise<void> };

export async function databaseForCommand(log: (message: string) => void, dataDir = DEV_DATA_DIR, dbName = DEV_DATABASE): Promise<CommandDatabase> {
  const fromEnvironment = process.env.DATABASE_URL?.trim();
  if (fromEnvironment) return { url: fromEnvironment, embedded: false, running: true, stop: async () => undefined };
  const lock = await readPostmasterPid(dataDir);
  if (lock && lock.port !== null && postmasterState(lock) === "running") {
    const password = (await readFile(passwordFileFor(dataDir), "utf8")).trim();
    const url = `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${lock.port}/${encodeURIComponent(dbName)}`;
    // Joined, not started: it belongs to the running app.
    const probe = new pg.Client({ connectionString: url });
    await probe.connect();
    await probe.end();
    log(`using the running embedded PostgreSQL on port ${lock.port}`);
    return { url, embedded: true, running: true, stop: async () => undefined };
  }
  const database = await resolveDatabase({ dataDir, dbName, log });
  return { url: database.url, embedded: true, running: false, stop: () => database.stop() };
}
