"use client";

import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import type { LabMessage, LabRequest, LabUpdate } from "@/lib/labs/protocol";

export type LabStatus = "idle" | "running" | "done" | "stopped" | "error";

export type LabState<D> = {
  status: LabStatus;
  update: LabUpdate<D> | null;
  error: string | null;
  /** Milliseconds from Run to the first snapshot, and to the end. */
  firstResultMs: number | null;
  totalMs: number | null;
  /** The longest main-thread task (≥ 50 ms, the browser's long-task threshold) seen during the run; 0 = none. */
  longestBlockMs: number | null;
};

const spawn = () => new Worker(new URL("./lab.worker.ts", import.meta.url), { type: "module" });

/**
 * Runs a lab in a Web Worker so the page stays responsive. Each run gets a fresh
 * worker; Stop terminates it at once, even in the middle of a training step.
 * warm() starts the next run's worker ahead of time and lets it fetch the lab's
 * checkpoints, so Run doesn't wait for them; the page calls it when the lab comes into view.
 */
export function useLab<S, D>(lab: string) {
  const worker = useRef<Worker | null>(null);
  const spare = useRef<Worker | null>(null);
  const started = useRef(0);
  const observer = useRef<PerformanceObserver | null>(null);
  const [state, setState] = useState<LabState<D>>({ status: "idle", update: null, error: null, firstResultMs: null, totalMs: null, longestBlockMs: null });

  // The page must stay usable while a lab runs: long tasks on the main thread are watched and the
  // longest is reported beside the timings (browsers without the Long Tasks API report nothing).
  const watchMainThread = useCallback(() => {
    observer.current?.disconnect();
    observer.current = null;
    if (typeof PerformanceObserver === "undefined" || !PerformanceObserver.supportedEntryTypes?.includes("longtask")) return;
    const o = new PerformanceObserver((list) => {
      const longest = Math.max(...list.getEntries().map((e) => e.duration));
      setState((s) => ({ ...s, longestBlockMs: Math.max(s.longestBlockMs ?? 0, Math.round(longest)) }));
    });
    o.observe({ type: "longtask" });
    observer.current = o;
  }, []);

  const unwatch = useCallback(() => {
    observer.current?.disconnect();
    observer.current = null;
  }, []);

  const warm = useCallback(() => {
    if (spare.current) return;
    const w = spawn();
    const request: LabRequest = { type: "warm", lab };
    w.postMessage(request);
    spare.current = w;
  }, [lab]);

  const stop = useCallback(() => {
    if (!worker.current) return;
    worker.current.terminate();
    worker.current = null;
    unwatch();
    setState((s) => (s.status === "running" ? { ...s, status: "stopped" } : s));
    warm();
  }, [unwatch, warm]);

  const run = useCallback(
    (settings: S) => {
      worker.current?.terminate();
      const w = spare.current ?? spawn();
      spare.current = null;
      worker.current = w;
      started.current = performance.now();
      setState({ status: "running", update: null, error: null, firstResultMs: null, totalMs: null, longestBlockMs: 0 });
      watchMainThread();
      w.addEventListener("message", (event: MessageEvent<LabMessage>) => {
        if (worker.current !== w) return;
        const msg = event.data;
        const elapsed = Math.round(performance.now() - started.current);
        if (msg.type === "update") {
          // A snapshot can redraw charts and tables: as a transition React renders it in slices
          // and yields to input in between, instead of blocking the page for the whole render.
          startTransition(() => setState((s) => ({ ...s, update: msg.update as LabUpdate<D>, firstResultMs: s.firstResultMs ?? elapsed })));
        } else if (msg.type === "done") {
          // In the same transition lane as the snapshots, so "Done" never shows before the last one.
          startTransition(() => setState((s) => ({ ...s, status: "done", totalMs: elapsed })));
          w.terminate();
          worker.current = null;
          unwatch();
          warm();
        } else {
          setState((s) => ({ ...s, status: "error", error: msg.message }));
          w.terminate();
          worker.current = null;
          unwatch();
        }
      });
      w.addEventListener("error", (event) => {
        setState((s) => ({ ...s, status: "error", error: event.message || "The lab stopped unexpectedly." }));
        unwatch();
      });
      const request: LabRequest = { type: "run", lab, settings };
      w.postMessage(request);
    },
    [lab, watchMainThread, unwatch, warm],
  );

  useEffect(
    () => () => {
      worker.current?.terminate();
      spare.current?.terminate();
      observer.current?.disconnect();
    },
    [],
  );
  return { ...state, run, stop, warm };
}
