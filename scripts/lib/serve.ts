import { readSignInMethods } from "@/lib/auth/sso-config";
import { resolveAuthSecret } from "@/lib/server/auth/secret";
import { getDb } from "@/lib/server/db";
import { log } from "@/lib/server/log";
import { migrateDatabase } from "../db/migrate";
import { seedDatabase } from "../seed";
import { spawnNext } from "./run-next";
import { waitForOk } from "./port";
import { describeExit } from "./restart-policy";
import { supervise, supervisedChild, type Supervised, type Supervisor } from "./supervisor";
import { trustedProxyHops } from "@/lib/auth/trust-proxy";

export const say = (message: string) => console.log(`[quizformer] ${message}`);

type Database = {
  url: string;
  stop(): Promise<void>;
  /** Resolves if the database ended on its own for good (the embedded one restarts after a crash). */
  ended?: Promise<void>;
};

/**
 * Shared by start, dev and the end-to-end server: migrate and seed the database,
 * run an optional step (the build), serve with Next, restart the app when it
 * crashes (signal or non-zero exit; each restart logged as a JSON line, with a
 * growing delay), and on SIGINT/SIGTERM stop the app first, then the database,
 * so PostgreSQL always shuts down cleanly. An app that exits with code 0 on its
 * own stops the service.
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
  // The app as first started, until it is ready and put under supervision.
  let starting: Supervised | undefined;
  let app: Supervisor | undefined;
  let stopping = false;

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say("stopping…");
    await (app ?? starting)?.stop();
    await getDb().$disconnect().catch(() => undefined);
    await database.stop();
    say("stopped cleanly");
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  // The app has a process group of its own, so a closed terminal's hang-up reaches it only through here.
  process.on("SIGHUP", () => void stop(0));
  // A last chance if this process ends without stop(): no app may outlive it and hold the port.
  process.on("exit", () => {
    const pid = (app?.current() ?? starting)?.pid;
    if (pid === undefined) return;
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  });
  void database.ended?.then(() => {
    if (stopping) return;
    say("PostgreSQL was shut down from outside; stopping the app too.");
    void stop(1);
  });

  try {
    // A wrong TRUST_PROXY would otherwise surface only at the first sign-in, on the form.
    trustedProxyHops(process.env);
    // The same for single sign-on and PASSWORD_SIGNIN: a half-set or impossible setting stops the start.
    readSignInMethods({ ...process.env, ...options.env });
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
    const startApp = () =>
      supervisedChild(spawnNext([...options.nextArgs, "-p", String(port)], env, { ownProcessGroup: true }), { processGroup: true });
    const first = startApp();
    starting = first;
    // An app that fails before it ever served (no build, a bad setting) would fail the same way
    // on every restart: that stops the service, as a crash once it served does not.
    const outcome = await Promise.race([
      waitForOk(`http://127.0.0.1:${port}/api/health`, 180_000).then((ok) => (ok ? "ready" : "slow")),
      first.exited,
    ]);
    if (typeof outcome !== "string") {
      if (stopping) return;
      throw new Error(`the app exited while starting (${describeExit(outcome)}); see its output above`);
    }
    if (stopping) return;
    app = supervise({ name: "app", first, restart: async () => startApp(), log, onCleanExit: () => void stop(0) });
    if (outcome === "ready") await options.onReady?.(Date.now() - serveStarted);
  } catch (error) {
    console.error(`[quizformer] ${error instanceof Error ? error.message : String(error)}`);
    await stop(1);
  }
}
