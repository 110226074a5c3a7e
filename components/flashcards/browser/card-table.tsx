"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/forms/action-result";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { InlineMarkdown } from "@/components/ui/markdown";

export type TableRow = {
  id: string;
  front: string;
  deck: string;
  own: boolean;
  state: string;
  due: string;
  lapses: number;
  reps: number;
  leech: boolean;
  suspended: boolean;
  buried: string | null;
};

type Props = {
  rows: TableRow[];
  /** Said in the table when no card matches (the table stays, so the last change's message does too). */
  emptyText: string;
  ownDecks: { id: string; name: string }[];
  bulk: (input: unknown) => Promise<ActionResult<{ changed: number; skipped: number }>>;
};

/**
 * The browser's results: pick cards one by one or the whole page, then suspend, unsuspend, reset
 * or move them in one go. Each card opens its details (history, retrievability, edit).
 */
export function CardTable({ rows, emptyText, ownDecks, bulk }: Props) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [target, setTarget] = useState("");
  const [confirmReset, setConfirmReset] = useState(false);
  const [result, setResult] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const all = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  function run(change: "suspend" | "unsuspend" | "reset" | "move") {
    startTransition(async () => {
      const r = await bulk({ studentCardIds: [...selected], change, ...(change === "move" ? { deckId: target } : {}) });
      setConfirmReset(false);
      if (!r.ok) {
        setResult({ tone: "error", text: r.fieldErrors?.deckId ?? r.message });
        return;
      }
      setResult({ tone: "success", text: r.message ?? "Done." });
      setSelected(new Set());
      router.refresh();
    });
  }

  const none = selected.size === 0;
  return (
    <div className="space-y-3">
      <div role="group" aria-label="Change the selected cards" className="flex flex-wrap items-end gap-2 rounded-md border border-slate-200 bg-slate-50 p-3">
        <p className="mr-2 text-sm text-slate-700" aria-live="polite">
          {selected.size} selected
        </p>
        <Button type="button" size="sm" variant="secondary" disabled={none || pending} onClick={() => run("suspend")}>
          Suspend
        </Button>
        <Button type="button" size="sm" variant="secondary" disabled={none || pending} onClick={() => run("unsuspend")}>
          Unsuspend
        </Button>
        <Button type="button" size="sm" variant="secondary" disabled={none || pending} onClick={() => setConfirmReset(true)}>
          Reset…
        </Button>
        {ownDecks.length ? (
          <div className="flex items-end gap-2">
            <div>
              <label htmlFor="move-target" className="block text-xs font-medium text-slate-600">
                Move to
              </label>
              <select id="move-target" value={target} onChange={(e) => setTarget(e.target.value)} className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
                <option value="">Choose a deck…</option>
                {ownDecks.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </select>
            </div>
            <Button type="button" size="sm" variant="secondary" disabled={none || !target || pending} onClick={() => run("move")}>
              Move
            </Button>
          </div>
        ) : null}
      </div>
      {result ? <Alert tone={result.tone}>{result.text}</Alert> : null}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-label="Cards (scrolls sideways)" tabIndex={0}>
        {/* On a phone the table keeps its width and scrolls sideways rather than squeezing every column. */}
        <table className="w-full min-w-[44rem] text-left text-sm">
          <thead className="border-b border-slate-200 text-xs text-slate-600">
            <tr>
              <th scope="col" className="w-10 px-3 py-2">
                <input
                  type="checkbox"
                  aria-label="Select every card on this page"
                  checked={all}
                  onChange={(e) => setSelected(e.target.checked ? new Set(rows.map((r) => r.id)) : new Set())}
                  className="accent-brand-600"
                />
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Card
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Deck
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                State
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Due
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Reviews
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Lapses
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.length === 0 ? (
              <tr>
                <td colSpan={7} className="px-3 py-6 text-center text-slate-600">
                  {emptyText}
                </td>
              </tr>
            ) : null}
            {rows.map((r, i) => (
              <tr key={r.id} className={selected.has(r.id) ? "bg-brand-50" : undefined}>
                <td className="px-3 py-2 align-top">
                  <input type="checkbox" aria-label={`Select card ${i + 1}`} checked={selected.has(r.id)} onChange={(e) => toggle(r.id, e.target.checked)} className="accent-brand-600" />
                </td>
                <td className="max-w-md px-3 py-2 align-top">
                  <Link href={`/flashcards/browse/${r.id}`} className="line-clamp-2 text-brand-800 hover:underline">
                    <InlineMarkdown>{r.front || "(empty)"}</InlineMarkdown>
                  </Link>
                  <span className="mt-1 flex flex-wrap gap-1">
                    {r.leech ? <Badge tone="red">Leech</Badge> : null}
                    {r.suspended ? <Badge tone="amber">Suspended</Badge> : null}
                    {r.buried ? <Badge>Buried until {r.buried}</Badge> : null}
                  </span>
                </td>
                <td className="px-3 py-2 align-top text-slate-700">
                  {r.deck}
                  {r.own ? <span className="sr-only"> (your own deck)</span> : null}
                </td>
                <td className="px-3 py-2 align-top text-slate-700">{r.state}</td>
                <td className="px-3 py-2 align-top whitespace-nowrap text-slate-700">{r.due}</td>
                <td className="px-3 py-2 text-right align-top tabular-nums">{r.reps}</td>
                <td className="px-3 py-2 text-right align-top tabular-nums">{r.lapses}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ConfirmDialog
        open={confirmReset}
        title={`Reset ${selected.size} card${selected.size === 1 ? "" : "s"}?`}
        confirmLabel="Reset"
        tone="danger"
        pending={pending}
        onConfirm={() => run("reset")}
        onCancel={() => setConfirmReset(false)}
      >
        <p>They become new cards again, due now: their memory state, review and lapse counts are cleared (their review history stays in your statistics).</p>
      </ConfirmDialog>
    </div>
  );
}
