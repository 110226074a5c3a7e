"use client";

import { RenderedInline } from "@/components/ui/rendered-markdown";
import type { RenderedVariant } from "@/lib/markdown/rendered-variant";
import type { Response } from "@/lib/questions/grade-response";

type Props = {
  variant: RenderedVariant;
  value: Response | null;
  onChange: (r: Response) => void;
  disabled: boolean;
  inputId: string;
};

/** The answer control for each kind of question; every control is labelled for screen readers. */
export function ResponseInput({ variant, value, onChange, disabled, inputId }: Props) {
  if (variant.kind === "numeric" || variant.kind === "short_text") {
    const numeric = variant.kind === "numeric";
    const text = value && (value.kind === "numeric" || value.kind === "text") ? value.text : "";
    return (
      <div>
        <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
          Your answer
          {numeric && variant.unitRequired
            ? ` (with its unit, e.g. ${variant.answerUnit}: a number alone earns ${Math.round((1 - variant.unitRequired.penalty) * 100)} % of the marks)`
            : numeric && variant.answerUnit
              ? ` (in ${variant.answerUnit}, or any unit you write)`
              : ""}
        </label>
        <input
          id={inputId}
          autoComplete="off"
          inputMode={numeric ? "decimal" : "text"}
          disabled={disabled}
          value={text}
          onChange={(e) => onChange(numeric ? { kind: "numeric", text: e.target.value } : { kind: "text", text: e.target.value })}
          placeholder={numeric ? (variant.answerUnit ? `e.g. 12.5 ${variant.answerUnit}` : "e.g. 4096") : "Type your answer"}
          className="mt-1 block w-full max-w-sm rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm disabled:bg-slate-100"
        />
      </div>
    );
  }
  if (variant.kind === "multiple_answer") {
    const ticked = new Set(value?.kind === "choices" ? value.choiceIds : []);
    const toggle = (id: string, on: boolean) => {
      const next = (variant.choices ?? []).map((c) => c.id).filter((x) => (x === id ? on : ticked.has(x)));
      onChange({ kind: "choices", choiceIds: next });
    };
    return (
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Tick all that apply</legend>
        <p id={`${inputId}-rule`} className="mt-0.5 text-xs text-slate-600">
          Right ticks add up to full marks; wrong ticks take marks away (all of them together as much as full marks); the total is never below zero.
        </p>
        <div className="mt-2 space-y-2">
          {(variant.choices ?? []).map((c, i) => (
            <label
              key={c.id}
              className={`flex cursor-pointer items-center gap-3 rounded-md border px-3 py-2 text-sm ${ticked.has(c.id) ? "border-brand-500 bg-brand-50" : "border-slate-200 bg-white hover:border-slate-300"} ${disabled ? "cursor-default opacity-80" : ""}`}
            >
              <input
                type="checkbox"
                id={i === 0 ? inputId : undefined}
                name={`${inputId}-choices`}
                checked={ticked.has(c.id)}
                disabled={disabled}
                onChange={(e) => toggle(c.id, e.target.checked)}
                aria-describedby={`${inputId}-rule`}
                className="accent-brand-600"
              />
              <RenderedInline html={c.html} />
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  if (variant.kind === "matching") {
    const matches = value?.kind === "matching" ? value.matches : {};
    return (
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Match each item to its answer</legend>
        <ol className="mt-2 space-y-2">
          {(variant.matchPrompts ?? []).map((p, i) => (
            <li key={p.id} className="grid gap-1 rounded-md border border-slate-200 bg-white px-3 py-2 sm:grid-cols-[1fr_minmax(0,16rem)] sm:items-center sm:gap-3">
              <label htmlFor={i === 0 ? inputId : `${inputId}-${p.id}`} className="text-sm text-slate-900">
                <RenderedInline html={p.html} />
              </label>
              <select
                id={i === 0 ? inputId : `${inputId}-${p.id}`}
                value={matches[p.id] ?? ""}
                disabled={disabled}
                onChange={(e) => {
                  const next = { ...matches };
                  if (e.target.value) next[p.id] = e.target.value;
                  else delete next[p.id];
                  onChange({ kind: "matching", matches: next });
                }}
                className="block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm disabled:bg-slate-100"
              >
                <option value="">Choose…</option>
                {(variant.choices ?? []).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.text}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ol>
      </fieldset>
    );
  }
  if (variant.kind === "ordering") {
    const order = value?.kind === "ordering" ? value.order : (variant.choices ?? []).map((c) => c.id);
    const text = new Map((variant.choices ?? []).map((c) => [c.id, c.text]));
    const html = new Map((variant.choices ?? []).map((c) => [c.id, c.html]));
    const move = (i: number, delta: number) => {
      const next = [...order];
      const j = i + delta;
      if (j < 0 || j >= next.length) return;
      [next[i], next[j]] = [next[j]!, next[i]!];
      onChange({ kind: "ordering", order: next });
    };
    return (
      <ol className="space-y-2" aria-label="Put these in order">
        {order.map((id, i) => (
          <li key={id} className="flex items-center gap-2 rounded-md border border-slate-200 bg-white px-3 py-2">
            <span className="w-6 text-sm font-semibold text-slate-500">{i + 1}.</span>
            <span className="flex-1 text-sm">
              <RenderedInline html={html.get(id) ?? ""} />
            </span>
            <button type="button" disabled={disabled || i === 0} onClick={() => move(i, -1)} aria-label={`Move “${text.get(id)}” up`} className="rounded px-2 py-1 text-slate-600 hover:bg-slate-100 disabled:opacity-30">
              ↑
            </button>
            <button type="button" disabled={disabled || i === order.length - 1} onClick={() => move(i, 1)} aria-label={`Move “${text.get(id)}” down`} className="rounded px-2 py-1 text-slate-600 hover:bg-slate-100 disabled:opacity-30">
              ↓
            </button>
          </li>
        ))}
      </ol>
    );
  }
  const selected = value?.kind === "choice" ? value.choiceId : null;
  return (
    <fieldset>
      <legend className="sr-only">Choose one answer (number keys pick an option)</legend>
      <div className="space-y-2">
        {(variant.choices ?? []).map((c, i) => (
          <label
            key={c.id}
            className={`flex cursor-pointer items-center gap-3 rounded-md border px-3 py-2 text-sm ${selected === c.id ? "border-brand-500 bg-brand-50" : "border-slate-200 bg-white hover:border-slate-300"} ${disabled ? "cursor-default opacity-80" : ""}`}
          >
            <input type="radio" name={`${inputId}-choice`} value={c.id} checked={selected === c.id} disabled={disabled} onChange={() => onChange({ kind: "choice", choiceId: c.id })} className="accent-brand-600" />
            <kbd className="rounded border border-slate-300 px-1.5 text-xs text-slate-500">{i + 1}</kbd>
            <span>
              <RenderedInline html={c.html} />
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
