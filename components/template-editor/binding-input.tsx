import { CONTROL, FieldNotes } from "@/components/ui/field-notes";
import { fieldId } from "./editor-fields";
import type { BindingDraft } from "./template-draft";

/**
 * Where a value comes from: a parameter (or preset field) picked from the template's own
 * parameters, or a constant typed in. A reference to a parameter that no longer exists
 * stays selectable, marked, so renaming a parameter never silently rebinds an input.
 */
export function BindingInput({
  path,
  label,
  binding,
  options,
  onChange,
  error,
  hint,
}: {
  path: string;
  label: string;
  binding: BindingDraft;
  options: readonly string[];
  onChange: (binding: BindingDraft) => void;
  error?: string;
  hint?: string;
}) {
  const id = fieldId(path);
  const described = [hint && !error ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const missing = binding.ref !== "" && !options.includes(binding.ref);
  const border = error ? "border-red-500" : "border-slate-300";
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="flex gap-2">
        <select
          id={id}
          value={binding.ref}
          onChange={(e) => onChange({ ref: e.target.value, value: binding.value })}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          className={`${CONTROL} ${border} min-w-0 flex-1`}
        >
          <option value="">Constant…</option>
          {missing ? <option value={binding.ref}>{binding.ref} (no such parameter)</option> : null}
          {options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
        {binding.ref === "" ? (
          <>
            <label htmlFor={`${id}-constant`} className="sr-only">
              {label}: constant value
            </label>
            <input
              id={`${id}-constant`}
              inputMode="decimal"
              value={binding.value}
              placeholder="e.g. 2"
              onChange={(e) => onChange({ ref: "", value: e.target.value })}
              aria-invalid={error ? true : undefined}
              aria-describedby={described}
              className={`${CONTROL} ${border} w-28 shrink-0`}
            />
          </>
        ) : null}
      </div>
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}
