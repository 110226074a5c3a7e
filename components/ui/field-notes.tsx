import type { ReactNode } from "react";

/** The look of every text input, select and textarea; add a border colour (error or not). */
export const CONTROL =
  "mt-1 block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400 focus:outline-2 focus:outline-offset-0 focus:outline-brand-600";

/** The `aria-describedby` of a control with an optional hint, error and further note ids. */
export function describedBy(id: string, hint?: ReactNode, error?: string, ...more: (string | null | undefined)[]): string | undefined {
  return [hint && !error ? `${id}-hint` : null, error ? `${id}-error` : null, ...more].filter(Boolean).join(" ") || undefined;
}

/** Hint and error lines under a control, with the ids its `aria-describedby` points at; an error replaces the hint. */
export function FieldNotes({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint && !error ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </>
  );
}

/** What wires a control to its label and notes: its id, invalid state, description and look (plus `extra` classes). */
export function controlProps(id: string, hint: ReactNode | undefined, error: string | undefined, extra?: string) {
  return {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, hint, error),
    className: [CONTROL, extra, error ? "border-red-500" : "border-slate-300"].filter(Boolean).join(" "),
  };
}

/** A label above a control (the children), with the control's hint and error lines below. */
export function LabelledControl({ id, label, hint, error, className, children }: { id: string; label: ReactNode; hint?: ReactNode; error?: string; className?: string; children: ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}
