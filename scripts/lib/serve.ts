import type { ChildProcess } from "node:child_process";
import { resolveAuthSecret } from "@/lib/server/auth/secret";
import { getDb } from "@/lib/server/db";
import { migrateDatabase } from "../db/migrate";
import { seedDatabase } from "../seed";
import { spawnNext, waitForExit } from "./run-next";
import { waitForOk } from "./port";

export const say = (message: string) => console.log(`[quizformer] ${message}`);

type Database = { url: string; stop(): Promise<void> };

/**
 * Shared by start, dev and the end-to-end server: migrate and seed the database,
 * run an optional step (the build), serve with Next, and on SIGINT/SIGTERM stop
 * the app first, then the database, so PostgreSQL always shuts down cleanly.
 */
export async function serve(options: {
  database: Database;
  port: number;
  nextArgs: string[];
  env?: Record<string, string>;
  beforeServe?: (env: NodeJS.ProcessEnv) => Promise<void>;
  onReady?: (ms: number) => Promise<void> | void;
}): Promise<void> {
  const { database, port } = options;
  let app: ChildProcess | undefined;
  let stopping = false;

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say("stopping…");
    if (app && app.exitCode === null && app.signalCode === null) {
      app.kill("SIGTERM");
      await waitForExit(app);
    }
    await getDb().$disconnect().catch(() => undefined);
    await database.stop();
    say("stopped cleanly");
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    process.env.DATABASE_URL = database.url;
    await migrateDatabase(database.url, { log: say });
    await seedDatabase(say);
    await getDb().$disconnect();

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: resolveAuthSecret(),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      PORT: String(port),
      ...options.env,
    };
    await options.beforeServe?.(env);

    const serveStarted = Date.now();
    app = spawnNext([...options.nextArgs, "-p", String(port)], env);
    app.on("exit", (code) => void stop(code ?? 1));
    if (await waitForOk(`http://127.0.0.1:${port}/api/health`, 180_000)) await options.onReady?.(Date.now() - serveStarted);
  } catch (error) {
    console.error(`[quizformer] ${error instanceof Error ? error.message : String(error)}`);
    await stop(1);
  }
}
