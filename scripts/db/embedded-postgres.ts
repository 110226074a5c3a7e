import { unlink } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import type { RestartPolicy } from "../lib/restart-policy";
import { supervise, type EventLog, type Supervised, type Supervisor } from "../lib/supervisor";
import { prepareDataDirectory } from "./data-directory";
import { guardUntilStopped } from "./exit-guard";
import { findFreePort, isPortFree } from "./free-port";
import { initialiseCluster, SUPERUSER } from "./initdb";
import { requirePasswordAuthentication } from "./password-authentication";
import { loadPostgresBinaries } from "./postgres-binaries";
import { PortInUseError, spawnPostgres, type PostgresProcess, type SpawnPostgresOptions } from "./postgres-process";
import { resolveRunAs } from "./postgres-user";
import { postmasterState, readPostmasterPid } from "./postmaster-pid";
import { passwordFileFor, readOrCreatePassword } from "./superuser-password";

export { passwordFileFor, PortInUseError };

const HOST = "127.0.0.1";
const PORT_ATTEMPTS = 3;

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives: created on first use, kept across runs. */
  dataDir: string;
  /** A fixed port; by default a free one is picked on every start. */
  port?: number;
  /** Progress messages of this module (initialising, starting, stopping). */
  log?: (message: string) => void;
  /** Every line the PostgreSQL server logs; they are otherwise only shown when it fails to start. */
  serverLog?: (line: string) => void;
  /**
   * Start the server again, on the same port, whenever it crashes (the launchers):
   * the app's connection URL stays valid and its pool reconnects. Restarts are logged to `log`.
   */
  supervise?: { log: EventLog; policy?: RestartPolicy };
}

export interface EmbeddedPostgres {
  port: number;
  urlFor(dbName: string): string;
  /** Resolves to true when the database had to be created. */
  createDatabaseIfMissing(name: string): Promise<boolean>;
  /** Drops the database, ending its sessions; does nothing if it does not exist. */
  dropDatabase(name: string): Promise<void>;
  /** Names of the databases other than PostgreSQL's own (postgres, template0, template1). */
  listDatabases(): Promise<string[]>;
  /** The postmaster's process id; a restarted server has a new one. */
  pid(): number;
  /** Resolves when the server has ended without stop() being called, and will not be restarted. */
  ended: Promise<void>;
  /** Clean (fast) shutdown; safe to call more than once. */
  stop(): Promise<void>;
}

function inUseMessage(dataDir: string, pid: number, port: number | null): string {
  const where = port === null ? "" : ` on port ${port}`;
  const reuse =
    port === null
      ? ""
      : ` or connect to it with DATABASE_URL=postgresql://${SUPERUSER}:<password>@${HOST}:${port}/<database>, the password being in ${passwordFileFor(dataDir)}`;
  return (
    `The PostgreSQL data directory ${dataDir} is in use by a running server (pid ${pid}${where}), ` +
    `probably started by another command of this project. Stop that command or the server (kill -INT ${pid})${reuse}.`
  );
}

async function checkNotRunning(dataDir: string, log: (message: string) => void): Promise<void> {
  const lock = await readPostmasterPid(dataDir);
  const state = postmasterState(lock);
  if (lock === null || state === "absent") return;
  if (state === "running") throw new Error(inUseMessage(dataDir, lock.pid, lock.port));
  if (state === "stale-reused") {
    // PostgreSQL would take the unrelated process now holding that PID for
    // another postmaster and refuse to start.
    await unlink(path.join(dataDir, "postmaster.pid"));
  }
  log("The previous PostgreSQL server did not shut down cleanly; it will recover on start.");
}

type SpawnOptions = Omit<SpawnPostgresOptions, "port">;

async function startOnFreePort(
  spawnOptions: SpawnOptions,
  options: EmbeddedPostgresOptions,
): Promise<{ server: PostgresProcess; port: number }> {
  if (options.port !== undefined) {
    if (!(await isPortFree(options.port, HOST))) {
      throw new PortInUseError(`Port ${options.port} on ${HOST}, requested for the embedded PostgreSQL server, is already in use.`);
    }
    const server = await spawnPostgres({ ...spawnOptions, port: options.port });
    return { server, port: options.port };
  }
  for (let attempt = 1; ; attempt++) {
    const port = await findFreePort(HOST);
    try {
      const server = await spawnPostgres({ ...spawnOptions, port });
      return { server, port };
    } catch (error) {
      // Another program took the port between the check and the bind.
      if (!(error instanceof PortInUseError) || attempt === PORT_ATTEMPTS) throw error;
    }
  }
}

/**
 * Runs a PostgreSQL server from the binaries in node_modules, with its data in
 * `dataDir`, listening on 127.0.0.1 only. Needs no download and no system
 * PostgreSQL. Only one process can serve a data directory at a time. Every
 * connection needs the superuser password kept in passwordFileFor(dataDir);
 * the URLs from urlFor carry it.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  const binaries = await loadPostgresBinaries();
  const runAs = await resolveRunAs(log);
  const { initialised } = await prepareDataDirectory(dataDir, runAs, log);
  // The password file first: an interrupted first start or upgrade then resumes with it.
  const { password, created } = await readOrCreatePassword(dataDir, log);
  if (initialised) {
    await checkNotRunning(dataDir, log);
    await requirePasswordAuthentication({ binary: binaries.postgres, dataDir, runAs, password, passwordIsNew: created, log });
  } else {
    log(`Creating a PostgreSQL cluster in ${dataDir}`);
    await initialiseCluster({ binary: binaries.initdb, dataDir, runAs, password });
  }

  const spawnOptions: SpawnOptions = {
    binary: binaries.postgres,
    dataDir,
    host: HOST,
    runAs,
    serverLog: options.serverLog,
    onUnexpectedExit: options.log ?? ((message: string) => console.error(message)),
  };
  let started: { server: PostgresProcess; port: number };
  try {
    started = await startOnFreePort(spawnOptions, options);
  } catch (error) {
    // Lost a race with another command starting the same cluster.
    const lock = error instanceof Error && error.message.includes('lock file "postmaster.pid" already exists')
      ? await readPostmasterPid(dataDir)
      : null;
    if (lock) throw new Error(inUseMessage(dataDir, lock.pid, lock.port), { cause: error });
    throw error;
  }
  const { server, port } = started;
  let current = server;
  // The guard follows restarts: it always stops the server running now.
  const release = guardUntilStopped({ stop: () => current.stop(), requestStop: () => current.requestStop() });

  const withAdmin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ host: HOST, port, user: SUPERUSER, password, database: "postgres" });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  try {
    await withAdmin((client) => client.query("SELECT 1"));
  } catch (error) {
    await server.stop();
    release();
    // 28P01 invalid_password: a password file copied from another cluster, or edited.
    if ((error as { code?: string }).code !== "28P01") throw error;
    throw new Error(
      `The password in ${passwordFileFor(dataDir)} is not the one of the PostgreSQL cluster in ${dataDir}. ` +
        "Put the right one back, or delete the file: the next start then sets a new password.",
      { cause: error },
    );
  }
  log(`PostgreSQL is running on ${HOST}:${port} (data in ${dataDir})`);

  let stopping: Promise<void> | undefined;
  let ended: () => void = () => undefined;
  const endedOnItsOwn = new Promise<void>((resolve) => (ended = resolve));
  let supervisor: Supervisor | undefined;
  if (options.supervise) {
    const asSupervised = (process: PostgresProcess): Supervised => ({ pid: process.pid, exited: process.exited, stop: process.stop });
    supervisor = supervise({
      name: "postgres",
      first: asSupervised(server),
      restart: async () => {
        // The crashed postmaster's lock file stays behind; PostgreSQL recovers from it,
        // unless its PID now belongs to another process or another server took the cluster.
        await checkNotRunning(dataDir, log);
        // The same port: it is in the URL the app already has.
        current = await spawnPostgres({ ...spawnOptions, port });
        return asSupervised(current);
      },
      log: options.supervise.log,
      policy: options.supervise.policy,
      onCleanExit: () => ended(),
    });
  } else {
    void server.exited.then(() => {
      if (!stopping) ended();
    });
  }

  return {
    port,
    pid: () => current.pid,
    ended: endedOnItsOwn,
    urlFor: (dbName) => `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@${HOST}:${port}/${encodeURIComponent(dbName)}`,
    createDatabaseIfMissing: (name) =>
      withAdmin(async (client) => {
        const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (found.rowCount !== 0) return false;
        try {
          await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
        } catch (error) {
          // 42P04 duplicate_database: another command created it meanwhile.
          if ((error as { code?: string }).code === "42P04") return false;
          throw error;
        }
        log(`Created database ${name}`);
        return true;
      }),
    dropDatabase: (name) =>
      withAdmin(async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
      }),
    listDatabases: () =>
      withAdmin(async (client) => {
        const result = await client.query<{ datname: string }>(
          "SELECT datname FROM pg_database WHERE datname NOT IN ('postgres', 'template0', 'template1') ORDER BY datname",
        );
        return result.rows.map((row) => row.datname);
      }),
    stop: () => {
      stopping ??= (supervisor ? supervisor.stop() : server.stop()).then(() => {
        release();
        log("PostgreSQL stopped");
      });
      return stopping;
    },
  };
}
