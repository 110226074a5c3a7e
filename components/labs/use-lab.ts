"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { LabMessage, LabRequest, LabUpdate } from "@/lib/labs/protocol";

export type LabStatus = "idle" | "running" | "done" | "stopped" | "error";

export type LabState<D> = {
  status: LabStatus;
  update: LabUpdate<D> | null;
  error: string | null;
  /** Milliseconds from Run to the first snapshot, and to the end. */
  firstResultMs: number | null;
  totalMs: number | null;
};

/**
 * Runs a lab in a Web Worker so the page stays responsive. Each run gets a fresh
 * worker; Stop terminates it at once, even in the middle of a training step.
 */
export function useLab<S, D>(lab: string) {
  const worker = useRef<Worker | null>(null);
  const started = useRef(0);
  const [state, setState] = useState<LabState<D>>({ status: "idle", update: null, error: null, firstResultMs: null, totalMs: null });

  const stop = useCallback(() => {
    if (!worker.current) return;
    worker.current.terminate();
    worker.current = null;
    setState((s) => (s.status === "running" ? { ...s, status: "stopped" } : s));
  }, []);

  const run = useCallback(
    (settings: S) => {
      worker.current?.terminate();
      const w = new Worker(new URL("./lab.worker.ts", import.meta.url), { type: "module" });
      worker.current = w;
      started.current = performance.now();
      setState({ status: "running", update: null, error: null, firstResultMs: null, totalMs: null });
      w.onmessage = (event: MessageEvent<LabMessage>) => {
        if (worker.current !== w) return;
        const msg = event.data;
        const elapsed = Math.round(performance.now() - started.current);
        if (msg.type === "update") {
          setState((s) => ({ ...s, update: msg.update as LabUpdate<D>, firstResultMs: s.firstResultMs ?? elapsed }));
        } else if (msg.type === "done") {
          setState((s) => ({ ...s, status: "done", totalMs: elapsed }));
          w.terminate();
          worker.current = null;
        } else {
          setState((s) => ({ ...s, status: "error", error: msg.message }));
          w.terminate();
          worker.current = null;
        }
      };
      w.onerror = (event) => {
        setState((s) => ({ ...s, status: "error", error: event.message || "The lab stopped unexpectedly." }));
      };
      const request: LabRequest = { type: "run", lab, settings };
      w.postMessage(request);
    },
    [lab],
  );

  useEffect(() => () => worker.current?.terminate(), []);
  return { ...state, run, stop };
}
