import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import type { TemplateDraft } from "./template-draft";
import { CONTROL, describedBy, FieldNotes } from "@/components/ui/field-notes";

/** What every section of the editor gets: the draft, a way to change it, and the errors by field path. */
export type SectionProps = {
  draft: TemplateDraft;
  update: (change: (draft: TemplateDraft) => TemplateDraft) => void;
  errors: Record<string, string>;
  newId: () => string;
};

/** The element id of a template field ("parameters.0.min" → "tpl-parameters-0-min"). */
export const fieldId = (path: string): string => `tpl-${path.replace(/[^a-zA-Z0-9]+/g, "-")}`;

type Labelled = { path: string; label: string; error?: string; hint?: ReactNode; className?: string };

export function TextInput({
  path,
  label,
  error,
  hint,
  className = "",
  value,
  onValue,
  ...rest
}: Labelled & { value: string; onValue: (value: string) => void } & Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "id">) {
  const id = fieldId(path);
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`${CONTROL} ${error ? "border-red-500" : "border-slate-300"}`}
        {...rest}
      />
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

export function TextArea({
  path,
  label,
  error,
  hint,
  className = "",
  value,
  onValue,
  ...rest
}: Labelled & { value: string; onValue: (value: string) => void } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value" | "onChange" | "id">) {
  const id = fieldId(path);
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={id}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`${CONTROL} font-mono ${error ? "border-red-500" : "border-slate-300"}`}
        {...rest}
      />
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

export function SelectInput({
  path,
  label,
  error,
  hint,
  className = "",
  value,
  onValue,
  children,
  ...rest
}: Labelled & { value: string; onValue: (value: string) => void; children: ReactNode } & Omit<SelectHTMLAttributes<HTMLSelectElement>, "value" | "onChange" | "id">) {
  const id = fieldId(path);
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`${CONTROL} ${error ? "border-red-500" : "border-slate-300"}`}
        {...rest}
      >
        {children}
      </select>
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

/** A titled block of the form. */
export function EditorSection({ title, description, children, actions }: { title: string; description?: ReactNode; children: ReactNode; actions?: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="mb-4 flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={id} className="text-base font-semibold text-slate-900">
            {title}
          </h2>
          {description ? <div className="mt-1 text-sm text-slate-600">{description}</div> : null}
        </div>
        {actions}
      </div>
      <div className="space-y-4">{children}</div>
    </section>
  );
}

/** Replaces the item with `id` in a list of rows. */
export function replaceRow<T extends { id: string }>(rows: readonly T[], id: string, change: (row: T) => T): T[] {
  return rows.map((r) => (r.id === id ? change(r) : r));
}
