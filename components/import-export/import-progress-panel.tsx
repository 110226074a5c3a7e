import type { ImportState } from "./import-state";

const PHASE = {
  check: "Reading and checking every item; nothing is written until all of them pass",
  write: "Writing the templates, all in one transaction",
} as const;

const number = new Intl.NumberFormat("en");

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * How far a running import is: a progress bar (indeterminate while uploading) with
 * counts. Only the step's name is in the live region, so a screen reader hears each
 * step once instead of every count.
 */
export function ImportProgressPanel({ state }: { state: Extract<NonNullable<ImportState>, { kind: "uploading" | "progress" }> }) {
  const progress = state.kind === "progress" ? state.progress : null;
  const step = progress ? `Step ${progress.phase === "check" ? 2 : 3} of 3: ${PHASE[progress.phase]}.` : `Step 1 of 3: uploading ${megabytes(state.bytes)}.`;
  const label = progress ? `${progress.phase === "check" ? "Checked" : "Written"} ${number.format(progress.done)} of ${number.format(progress.total)}` : "Uploading";
  return (
    <div className="space-y-2 rounded-md border border-brand-100 bg-brand-50 px-4 py-3 text-sm text-brand-900">
      <p role="status" aria-live="polite">
        {step}
      </p>
      <progress
        className="h-2 w-full accent-brand-600"
        aria-label="Import progress"
        aria-valuetext={label}
        {...(progress ? { value: progress.done, max: Math.max(progress.total, 1) } : {})}
      />
      <p className="text-xs text-brand-800" data-testid="import-count">
        {label}
      </p>
    </div>
  );
}
