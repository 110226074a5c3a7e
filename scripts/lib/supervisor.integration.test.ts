import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { eventRecorder } from "../../test/integration/event-recorder";
import { describeExit } from "./restart-policy";
import { supervise, supervisedChild, type Supervised, type Supervisor } from "./supervisor";

// Stand-ins for the app: one that serves until it is ended, one that crashes at once, one that quits.
const SERVES = "process.on('SIGTERM', () => process.exit(0)); setInterval(() => undefined, 1 << 30);";
const CRASHES = "process.exit(3);";
const QUITS = "process.exit(0);";
// Like `next dev`, which serves from a child process of its own: prints that child's pid.
const SERVES_FROM_A_CHILD =
  "const c = require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => undefined, 1 << 30)'], { stdio: 'ignore' });" +
  "console.log(c.pid); setInterval(() => undefined, 1 << 30);";
// Short waits keep the test quick; the delays themselves are checked as logged, never measured.
const POLICY = { firstDelayMs: 50, maxDelayMs: 200, stableAfterMs: 600_000 };

function app(script: string): Supervised {
  return supervisedChild(spawn(process.execPath, ["-e", script], { stdio: "ignore" }));
}

/** An app in its own process group, as the launcher runs Next, and the pid of the child it started. */
async function appWithChild(): Promise<{ app: Supervised; childPid: number }> {
  const child = spawn(process.execPath, ["-e", SERVES_FROM_A_CHILD], { stdio: ["ignore", "pipe", "ignore"], detached: true });
  const childPid = await new Promise<number>((resolve) => child.stdout.once("data", (chunk: Buffer) => resolve(Number.parseInt(chunk.toString(), 10))));
  return { app: supervisedChild(child, { processGroup: true }), childPid };
}

/** Waits (up to 10 s) for a process to be gone; the caller's assertion then says whether it went. */
async function gone(pid: number | undefined): Promise<void> {
  for (let i = 0; i < 200 && isAlive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Whether the process runs: a killed one whose parent is gone may linger as a zombie until it is reaped. */
function isAlive(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" && existsSync("/proc/self")) return false;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const supervisors: Supervisor[] = [];
afterEach(async () => {
  await Promise.all(supervisors.splice(0).map((supervisor) => supervisor.stop()));
});

function supervised(options: Omit<Parameters<typeof supervise>[0], "name" | "policy">): Supervisor {
  const supervisor = supervise({ name: "app", policy: POLICY, ...options });
  supervisors.push(supervisor);
  return supervisor;
}

describe("supervise", () => {
  it("restarts an app killed with kill -9, as a new process, and logs the restart as one JSON-ready event", async () => {
    const events = eventRecorder();
    const first = app(SERVES);
    const supervisor = supervised({ first, restart: async () => app(SERVES), log: events.log });

    process.kill(first.pid ?? -1, "SIGKILL");
    const restarted = await events.next((event) => event.event === "process_restarted");

    expect(events.named("process_restart")).toEqual([
      { level: "warn", event: "process_restart", process: "app", pid: first.pid, reason: "signal SIGKILL", upForMs: expect.any(Number), delayMs: 50, crashesInARow: 1 },
    ]);
    expect(restarted).toEqual({ level: "info", event: "process_restarted", process: "app", pid: supervisor.current().pid });
    expect(supervisor.current().pid).not.toBe(first.pid);
    expect(isAlive(supervisor.current().pid)).toBe(true);
  });

  it("ends what is left of a killed app's process group before restarting it, so nothing holds its port", async () => {
    const events = eventRecorder();
    const first = await appWithChild();
    const children: number[] = [first.childPid];
    const supervisor = supervised({
      first: first.app,
      restart: async () => {
        const next = await appWithChild();
        children.push(next.childPid);
        return next.app;
      },
      log: events.log,
    });

    process.kill(first.app.pid ?? -1, "SIGKILL");
    await events.next((event) => event.event === "process_restarted");
    expect(isAlive(first.childPid)).toBe(false);
    expect(isAlive(children[1])).toBe(true);

    await supervisor.stop();
    // The group got its SIGTERM; its members end on their own schedule, within moments.
    await gone(children[1]);
    expect(children.map(isAlive)).toEqual([false, false]);
  });

  it("waits twice as long after each crash in a row, up to the cap", async () => {
    const events = eventRecorder();
    let starts = 0;
    const supervisor = supervised({
      first: app(CRASHES),
      restart: async () => {
        starts += 1;
        return app(CRASHES);
      },
      log: events.log,
    });
    await events.next((event) => event.event === "process_restart" && event.crashesInARow === 5);
    await supervisor.stop();

    const restarts = events.named("process_restart");
    expect(restarts.slice(0, 5).map((event) => [event.reason, event.delayMs])).toEqual([
      ["exit code 3", 50],
      ["exit code 3", 100],
      ["exit code 3", 200],
      ["exit code 3", 200],
      ["exit code 3", 200],
    ]);
    // Stopped while waiting for the fifth restart: it never happened.
    expect(starts).toBe(4);
    expect(restarts).toHaveLength(5);
  });

  it("retries a restart that fails, counting it as a crash", async () => {
    const events = eventRecorder();
    let attempts = 0;
    const first = app(SERVES);
    supervised({
      first,
      restart: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error("port 3000 is taken\nmore detail");
        return app(SERVES);
      },
      log: events.log,
    });
    process.kill(first.pid ?? -1, "SIGKILL");
    await events.next((event) => event.event === "process_restarted");
    expect(events.named("process_restart").map((event) => [event.reason, event.delayMs])).toEqual([
      ["signal SIGKILL", 50],
      ["restart failed: port 3000 is taken", 100],
    ]);
  });

  it("never restarts a process it was asked to stop", async () => {
    const events = eventRecorder();
    let restarts = 0;
    const first = app(SERVES);
    const supervisor = supervised({
      first,
      restart: async () => {
        restarts += 1;
        return app(SERVES);
      },
      log: events.log,
    });
    await supervisor.stop();

    // SIGTERM ends it: by its handler, or by the signal itself if it came before the handler was set.
    expect(describeExit(await first.exited)).toMatch(/^(exit code 0|signal SIGTERM)$/);
    expect(isAlive(first.pid)).toBe(false);
    expect(restarts).toBe(0);
    expect(events.named("process_restart")).toEqual([]);
  });

  it("does not restart a crash that happened while it waits to be stopped (Ctrl-C reaching the app too)", async () => {
    const events = eventRecorder();
    let restarts = 0;
    const first = app(SERVES);
    // A long first delay: the stop comes while the restart is still waiting.
    const supervisor = supervise({
      name: "app",
      policy: { ...POLICY, firstDelayMs: 600_000 },
      first,
      restart: async () => {
        restarts += 1;
        return app(SERVES);
      },
      log: events.log,
    });
    process.kill(first.pid ?? -1, "SIGINT");
    await events.next((event) => event.event === "process_restart");
    await supervisor.stop();
    expect(restarts).toBe(0);
    expect(events.named("process_restarted")).toEqual([]);
  });

  it("stops the process a restart under way was starting when stop() came", async () => {
    const events = eventRecorder();
    let entered: () => void = () => undefined;
    const inRestart = new Promise<void>((resolve) => (entered = resolve));
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started: Supervised | undefined;
    const first = app(SERVES);
    const supervisor = supervised({
      first,
      restart: async () => {
        entered();
        await gate;
        started = app(SERVES);
        return started;
      },
      log: events.log,
    });
    process.kill(first.pid ?? -1, "SIGKILL");
    await inRestart;
    const stopping = supervisor.stop();
    release();
    await stopping;
    expect(started).toBeDefined();
    expect(describeExit(await (started as Supervised).exited)).toMatch(/^(exit code 0|signal SIGTERM)$/);
    expect(isAlive(started?.pid)).toBe(false);
    expect(events.named("process_restarted")).toEqual([]);
  });

  it("leaves an app that quit with exit code 0 stopped, and tells the caller", async () => {
    const events = eventRecorder();
    let restarts = 0;
    const cleanExit = new Promise((resolve) => {
      supervised({
        first: app(QUITS),
        restart: async () => {
          restarts += 1;
          return app(SERVES);
        },
        log: events.log,
        onCleanExit: resolve,
      });
    });
    expect(await cleanExit).toEqual({ code: 0, signal: null });
    expect(restarts).toBe(0);
    expect(events.named("process_exited")).toEqual([expect.objectContaining({ level: "info", process: "app", reason: "exit code 0" })]);
  });
});
