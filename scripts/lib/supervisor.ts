import type { ChildProcess } from "node:child_process";
import { DEFAULT_RESTART_POLICY, describeExit, isCrash, nextRestart, type ExitStatus, type RestartPolicy } from "./restart-policy";

/** A running process as the supervisor sees it. */
export interface Supervised {
  pid: number | undefined;
  /** Resolves once, when the process has ended (for whatever reason). */
  exited: Promise<ExitStatus>;
  /** Ends the process and resolves when it has. */
  stop(): Promise<void>;
}

/** Same shape as lib/server/log's `log`, so restarts land in the service's JSON log. */
export type EventLog = (level: "info" | "warn" | "error", event: string, fields: Record<string, unknown>) => void;

export interface SuperviseOptions {
  /** Names the process in the log ("app", "postgres"). */
  name: string;
  /** The process, already started (a failing first start is the caller's error, not a crash). */
  first: Supervised;
  /** Starts it again; a rejection counts as one more crash and is retried after the next delay. */
  restart: () => Promise<Supervised>;
  log: EventLog;
  policy?: RestartPolicy;
  now?: () => number;
  /** The process ended with exit code 0 on its own: it is not restarted. */
  onCleanExit?: (exit: ExitStatus) => void;
}

export interface Supervisor {
  /** The process running now. */
  current(): Supervised;
  /** Stops restarting at once, then stops the process; safe to call more than once. */
  stop(): Promise<void>;
}

/**
 * Keeps a process running: when it crashes (a signal, a non-zero exit code) it is
 * started again after a growing delay (restart-policy.ts), and every restart is
 * logged as one JSON line. Nothing is restarted once stop() was called, also not
 * a process that crashed during the shutdown or a restart that was waiting.
 */
export function supervise(options: SuperviseOptions): Supervisor {
  const policy = options.policy ?? DEFAULT_RESTART_POLICY;
  const now = options.now ?? Date.now;
  let current = options.first;
  let stopping = false;
  let stopped: Promise<void> | undefined;
  let wakeUp: (() => void) | undefined;
  let restarting: Promise<Supervised> | undefined;

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    }).finally(() => (wakeUp = undefined));

  const loop = async (): Promise<void> => {
    let crashesInARow = 0;
    for (;;) {
      const startedAt = now();
      const exit = await current.exited;
      if (stopping) return;
      if (!isCrash(exit)) {
        options.log("info", "process_exited", { process: options.name, pid: current.pid, reason: describeExit(exit) });
        options.onCleanExit?.(exit);
        return;
      }
      let upForMs = now() - startedAt;
      let reason = describeExit(exit);
      for (;;) {
        const decision = nextRestart(crashesInARow, upForMs, policy);
        crashesInARow = decision.crashesInARow;
        options.log("warn", "process_restart", {
          process: options.name,
          pid: current.pid,
          reason,
          upForMs,
          delayMs: decision.delayMs,
          crashesInARow,
        });
        await wait(decision.delayMs);
        if (stopping) return;
        try {
          // `current` is set inside the promise, so a stop() waiting for it stops the new process.
          restarting = options.restart().then((next) => (current = next));
          const next = await restarting;
          if (stopping) return; // stop() stops `current`, this new process included
          options.log("info", "process_restarted", { process: options.name, pid: next.pid });
          break;
        } catch (error) {
          if (stopping) return;
          upForMs = 0;
          reason = `restart failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
        }
      }
    }
  };
  const looping = loop();

  return {
    current: () => current,
    stop: () => {
      stopping = true;
      wakeUp?.();
      stopped ??= (async () => {
        // A restart under way is let finish, so the process it starts is the one stopped.
        await restarting?.catch(() => undefined);
        await current.stop();
        await looping;
      })();
      return stopped;
    },
  };
}

/**
 * A child process as a Supervised: stop() sends SIGTERM and waits for the exit.
 * With `processGroup` (the child was spawned `detached`, leading a group of its own),
 * the signal goes to the whole group, and whatever is left of the group once the
 * child has ended is killed: `next dev` serves from a child process that would
 * otherwise outlive a killed parent and keep the port the restarted app needs.
 */
export function supervisedChild(child: ChildProcess, options: { processGroup?: boolean } = {}): Supervised {
  const target = options.processGroup && child.pid !== undefined ? -child.pid : child.pid;
  const signal = (name: NodeJS.Signals): void => {
    if (target === undefined) return;
    try {
      process.kill(target, name);
    } catch (error) {
      // ESRCH: nothing left to signal.
      if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
    }
  };
  const exited = new Promise<ExitStatus>((resolve) => {
    const ended = (status: ExitStatus): void => {
      if (options.processGroup) signal("SIGKILL");
      resolve(status);
    };
    if (child.exitCode !== null || child.signalCode !== null) ended({ code: child.exitCode, signal: child.signalCode });
    child.once("exit", (code, exitSignal) => ended({ code, signal: exitSignal }));
    // Could not be started at all (e.g. the program is missing): no "exit" follows.
    child.once("error", () => {
      if (child.pid === undefined) resolve({ code: 1, signal: null });
    });
  });
  return {
    pid: child.pid,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) signal("SIGTERM");
      await exited;
    },
  };
}
