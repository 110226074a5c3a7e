"use client";

import { useActionState, useState } from "react";
import { Badge } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/forms/action-result";

export type CandidateOption = { key: string; title: string; kindLabel: string; difficultyLabel: string; tags: string[] };

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

/** The templates without a computed card, all chosen at first; one submit creates the chosen ones together. */
export function GenerateForm({ topic, candidates, action }: { topic: string; candidates: CandidateOption[]; action: Action }) {
  const [state, formAction] = useActionState(action, null);
  // Keys left out; every other listed template is chosen, including ones that appear after a refresh.
  const [skipped, setSkipped] = useState<Set<string>>(new Set());
  const chosen = candidates.filter((c) => !skipped.has(c.key)).length;

  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="topic" value={topic} />
      <FormMessage state={state} />
      {candidates.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">Every active template that matches already has a computed card.</p>
      ) : (
        <fieldset className="space-y-3">
          <legend className="sr-only">Templates to turn into cards</legend>
          <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
            <span className="text-slate-700" aria-live="polite">
              {chosen} of {candidates.length} chosen
            </span>
            <span className="flex gap-1">
              <button type="button" className="rounded px-2 py-1 font-medium text-brand-700 hover:bg-brand-50" onClick={() => setSkipped(new Set())}>
                Choose all
              </button>
              <button type="button" className="rounded px-2 py-1 font-medium text-brand-700 hover:bg-brand-50" onClick={() => setSkipped(new Set(candidates.map((c) => c.key)))}>
                Choose none
              </button>
            </span>
          </div>
          <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white">
            {candidates.map((c) => (
              <li key={c.key}>
                <label className="flex cursor-pointer items-start gap-3 px-4 py-3 hover:bg-slate-50">
                  <input
                    type="checkbox"
                    name="templateKey"
                    value={c.key}
                    checked={!skipped.has(c.key)}
                    onChange={(e) =>
                      setSkipped((s) => {
                        const next = new Set(s);
                        if (e.target.checked) next.delete(c.key);
                        else next.add(c.key);
                        return next;
                      })
                    }
                    className="mt-1"
                  />
                  <span className="min-w-0 flex-1">
                    <span className="block text-sm font-medium text-slate-900">{c.title}</span>
                    <span className="block text-xs text-slate-500">
                      <code className="break-all">{c.key}</code>
                      {c.tags.length ? ` · ${c.tags.join(", ")}` : ""}
                    </span>
                  </span>
                  <span className="flex shrink-0 flex-col items-end gap-1 sm:flex-row">
                    <Badge tone="brand">{c.kindLabel}</Badge>
                    <Badge>{c.difficultyLabel}</Badge>
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <SubmitButton pendingText="Creating cards…" disabled={chosen === 0}>
            Create {chosen} computed card{chosen === 1 ? "" : "s"}
          </SubmitButton>
        </fieldset>
      )}
    </form>
  );
}
