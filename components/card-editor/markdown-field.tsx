"use client";

import type { ReactNode, Ref } from "react";
import { CONTROL, describedBy, FieldNotes } from "@/components/ui/field-notes";

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
        aria-describedby={describedBy(id, hint, error, notes && notesId ? notesId : null)}
        className={`${CONTROL} min-h-28 resize-y font-mono leading-relaxed ${error || notes ? "border-red-500" : "border-slate-300"}`}
      />
      <FieldNotes id={id} hint={hint} error={error} />
      {notes}
    </div>
  );
}
