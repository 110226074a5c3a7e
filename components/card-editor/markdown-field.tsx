"use client";

import type { ReactNode, Ref } from "react";
import { CONTROL } from "@/components/template-editor/editor-fields";

/**
 * A Markdown source textarea with its label, hint and error. `notes` are extra lines (such as a
 * cloze syntax problem) that the textarea is described by as well.
 */
export function MarkdownField({
  id,
  label,
  value,
  onValue,
  hint,
  error,
  notes,
  notesId,
  rows = 6,
  textareaRef,
  toolbar,
}: {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  hint?: ReactNode;
  error?: string;
  notes?: ReactNode;
  notesId?: string;
  rows?: number;
  textareaRef?: Ref<HTMLTextAreaElement>;
  toolbar?: ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, notes && notesId ? notesId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <div className="flex flex-wrap items-end justify-between gap-2">
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {label}
        </label>
        {toolbar}
      </div>
      <textarea
        id={id}
        ref={textareaRef}
        value={value}
        rows={rows}
        spellCheck
        onChange={(e) => onValue(e.target.value)}
        aria-invalid={error || notes ? true : undefined}
        aria-describedby={describedBy}
        className={`${CONTROL} min-h-28 resize-y font-mono leading-relaxed ${error || notes ? "border-red-500" : "border-slate-300"}`}
      />
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {notes}
    </div>
  );
}
