"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { LabState } from "./use-lab";

/** The frame every lab shares: title, formulas, settings, Run/Stop, progress and timings. */
export function LabShell({
  id = "lab-title",
  footer = true,
  title,
  intro,
  settings,
  lab,
  onRun,
  children,
}: {
  /** The heading's id (the section is labelled by it); unique per page. */
  id?: string;
  /** The closing pointer to the quiz and flashcards: once per page, under the last lab. */
  footer?: boolean;
  title: string;
  intro: ReactNode;
  settings: ReactNode;
  /** The state from useLab, with its stop() and warm(). */
  lab: LabState<unknown> & { stop: () => void; warm: () => void };
  onRun: () => void;
  children: ReactNode;
}) {
  const { status, error, firstResultMs, totalMs, longestBlockMs } = lab;
  const progress = lab.update?.progress ?? 0;
  const message = lab.update?.message ?? "Starting…";
  const onStop = lab.stop;
  const running = status === "running";
  const section = useRef<HTMLElement>(null);
  const warm = lab.warm;
  // Once the lab is near the screen, its worker starts and fetches what the first run needs.
  useEffect(() => {
    const el = section.current;
    if (!el || typeof IntersectionObserver === "undefined") return;
    const o = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) warm();
    }, { rootMargin: "200px" });
    o.observe(el);
    return () => o.disconnect();
  }, [warm]);
  return (
    <section ref={section} aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <div className="mt-2 text-sm text-slate-700">{intro}</div>
      <div className="mt-4 grid gap-4 rounded-md bg-slate-50 p-4 sm:grid-cols-2 lg:grid-cols-3">{settings}</div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button type="button" onClick={onRun} disabled={running}>
          {status === "idle" ? "Run the lab" : running ? "Running…" : "Run again"}
        </Button>
        {running ? (
          <Button type="button" variant="secondary" onClick={onStop}>
            Stop
          </Button>
        ) : null}
        <div className="min-w-48 flex-1" aria-live="polite">
          {status !== "idle" ? (
            <>
              <div className="h-1.5 w-full overflow-hidden rounded-full bg-slate-200" aria-hidden>
                <div className="h-full bg-brand-600 transition-all" style={{ width: `${Math.round(progress * 100)}%` }} />
              </div>
              <p className="mt-1 text-xs text-slate-600">
                {status === "stopped" ? "Stopped. " : status === "done" ? "Done. " : ""}
                {message}
                {firstResultMs !== null ? ` · first result after ${firstResultMs} ms` : ""}
                {totalMs !== null ? ` · finished in ${(totalMs / 1000).toFixed(1)} s` : ""}
                {totalMs !== null && longestBlockMs !== null ? ` · ${longestBlockMs > 0 ? `page busy at most ${longestBlockMs} ms at a time` : "page never busy for 50 ms or more"}` : ""}
              </p>
            </>
          ) : null}
        </div>
      </div>
      {error ? (
        <p role="alert" className="mt-3 text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <div className="mt-6 space-y-6">{children}</div>
      {footer ? (
        <p className="mt-6 border-t border-slate-100 pt-3 text-sm text-slate-600">
          Check what you saw: <a className="text-brand-700 underline" href="#topic-quiz">take the topic quiz</a> on these formulas, and keep
          them with <a className="text-brand-700 underline" href="#topic-flashcards">the topic&apos;s flashcards</a>.
        </p>
      ) : null}
    </section>
  );
}
