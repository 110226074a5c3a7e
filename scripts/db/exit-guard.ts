const SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

interface Stoppable {
  stop(): Promise<void>;
  requestStop(): void;
}

const guarded = new Set<Stoppable>();

// A synchronous last chance: asks for a fast shutdown, which PostgreSQL then
// completes on its own after this process is gone.
function onExit(): void {
  for (const server of guarded) server.requestStop();
}

function onSignal(signal: NodeJS.Signals): void {
  // A host program with its own handler (a launcher, a test runner) decides the
  // shutdown order and calls stop() itself; if it just exits, onExit still asks
  // the server to shut down. Otherwise this is the only handler: stop the servers,
  // then re-raise the signal so the process ends as it would have without it.
  if (process.listenerCount(signal) > 1) return;
  void Promise.allSettled([...guarded].map((server) => server.stop())).then(() => {
    uninstall();
    process.kill(process.pid, signal);
  });
}

function install(): void {
  process.on("exit", onExit);
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

function uninstall(): void {
  process.off("exit", onExit);
  for (const signal of SIGNALS) process.off(signal, onSignal);
}

/**
 * Makes sure a server started by this process is shut down cleanly when the
 * process is told to stop (kill, closed terminal) or exits without calling
 * stop(), so no orphaned postmaster keeps the data directory locked.
 * Returns the function that releases the guard.
 */
export function guardUntilStopped(server: Stoppable): () => void {
  if (guarded.size === 0) install();
  guarded.add(server);
  return () => {
    if (!guarded.delete(server)) return;
    if (guarded.size === 0) uninstall();
  };
}
