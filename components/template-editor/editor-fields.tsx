import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import type { TemplateDraft } from "./template-draft";
import { controlProps, LabelledControl } from "@/components/ui/field-notes";

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
  className,
  value,
  onValue,
  ...rest
}: Labelled & { value: string; onValue: (value: string) => void } & Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "id">) {
  const id = fieldId(path);
  return (
    <LabelledControl id={id} label={label} hint={hint} error={error} className={className}>
      <input value={value} onChange={(e) => onValue(e.target.value)} {...controlProps(id, hint, error)} {...rest} />
    </LabelledControl>
  );
}

export function TextArea({
  path,
  label,
  error,
  hint,
  className,
  value,
  onValue,
  ...rest
}: Labelled & { value: string; onValue: (value: string) => void } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value" | "onChange" | "id">) {
  const id = fieldId(path);
  return (
    <LabelledControl id={id} label={label} hint={hint} error={error} className={className}>
      <textarea value={value} onChange={(e) => onValue(e.target.value)} {...controlProps(id, hint, error, "font-mono")} {...rest} />
    </LabelledControl>
  );
}

export function SelectInput({
  path,
  label,
  error,
  hint,
  className,
  value,
  onValue,
  children,
  ...rest
}: Labelled & { value: string; onValue: (value: string) => void; children: ReactNode } & Omit<SelectHTMLAttributes<HTMLSelectElement>, "value" | "onChange" | "id">) {
  const id = fieldId(path);
  return (
    <LabelledControl id={id} label={label} hint={hint} error={error} className={className}>
      <select value={value} onChange={(e) => onValue(e.target.value)} {...controlProps(id, hint, error)} {...rest}>
        {children}
      </select>
    </LabelledControl>
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
