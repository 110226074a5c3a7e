"use client";

import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/card";
import { Markdown } from "@/components/ui/markdown";
import { VariantPreview } from "@/components/templates/variant-preview";
import type { Variant } from "@/lib/questions/variant";
import type { CardDraft, ClozePreview } from "./card-draft";

/** One side of a card, framed as the review screen frames it. */
function Face({ label, markdown }: { label: string; markdown: string }) {
  return (
    <div className="min-w-0 rounded-md border border-slate-200 bg-white p-3">
      <p className="mb-1 text-[11px] font-semibold tracking-wide text-slate-500 uppercase">{label}</p>
      {markdown.trim() ? <Markdown className="text-sm break-words text-slate-900">{markdown}</Markdown> : <p className="text-sm text-slate-500 italic">Empty</p>}
    </div>
  );
}

function CardFrame({ title, badge, children }: { title: string; badge?: ReactNode; children: ReactNode }) {
  return (
    <article className="space-y-2 rounded-lg border border-slate-200 bg-slate-50 p-3">
      <header className="flex flex-wrap items-center gap-2 text-xs font-semibold text-slate-700">
        {title}
        {badge}
      </header>
      <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2">{children}</div>
    </article>
  );
}

export type ComputedPreviewState = { status: "idle" } | { status: "loading" } | { status: "error"; message: string } | { status: "ready"; title: string; variant: Variant };

/**
 * What students will see, rendered as they type: both sides of a basic card, every card a cloze
 * text yields (marking, when editing, cards that are new or that saving removes), or a sample
 * variant of a computed card's template.
 */
export function CardPreview({
  draft,
  cloze,
  existing,
  computed,
}: {
  draft: CardDraft;
  cloze: ClozePreview;
  /** When editing: students holding each current card, by cloze number. */
  existing: Record<number, number> | null;
  computed: ComputedPreviewState;
}) {
  return (
    <section aria-labelledby="card-preview" className="space-y-3">
      <h2 id="card-preview" className="text-base font-semibold text-slate-900">
        Live preview
      </h2>
      <div aria-live="polite" className="space-y-3">
        {draft.kind === "basic" ? (
          <CardFrame title="Card 1">
            <Face label="Front" markdown={draft.front} />
            <Face label="Back" markdown={draft.back} />
          </CardFrame>
        ) : null}
        {draft.kind === "cloze" ? <ClozeCards cloze={cloze} existing={existing} /> : null}
        {draft.kind === "computed" ? <ComputedCard state={computed} /> : null}
      </div>
    </section>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function ClozeCards({ cloze, existing }: { cloze: ClozePreview; existing: Record<number, number> | null }) {
  if (!cloze.ok) {
    return (
      <Alert tone="error" title="The cloze text doesn't parse yet">
        {cloze.problem.message}
      </Alert>
    );
  }
  if (cloze.cards.length === 0) {
    return <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">Each deletion such as {"{{c1::answer}}"} becomes a card; add one to see it here.</p>;
  }
  const numbers = new Set(cloze.cards.map((c) => c.number));
  const removed = existing ? Object.entries(existing).filter(([n]) => !numbers.has(Number(n))) : [];
  const losing = removed.reduce((sum, [, students]) => sum + students, 0);
  return (
    <>
      <p className="text-sm text-slate-600">
        {plural(cloze.cards.length, "card")}: on each, one deletion number is hidden and the others read as plain text.
      </p>
      {removed.length ? (
        <Alert tone="warning" title={`Saving removes ${removed.map(([n]) => `c${n}`).join(", ")}`}>
          {losing
            ? `${plural(losing, "student")} hold${losing === 1 ? "s" : ""} ${removed.length === 1 ? "that card" : "those cards"} and lose${losing === 1 ? "s" : ""} its progress. Keep the number to keep their progress.`
            : "No student holds it yet."}
        </Alert>
      ) : null}
      {cloze.cards.map((card) => {
        const isNew = existing !== null && !(card.number in existing);
        return (
          <CardFrame key={card.number} title={`Card c${card.number}`} badge={isNew ? <Badge tone="brand">New card</Badge> : null}>
            <Face label="Front" markdown={card.front} />
            <Face label="Back" markdown={card.back} />
          </CardFrame>
        );
      })}
    </>
  );
}

function ComputedCard({ state }: { state: ComputedPreviewState }) {
  if (state.status === "idle") return <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">Pick a template to see a sample card.</p>;
  if (state.status === "loading") return <p className="text-sm text-slate-500">Drawing a sample variant…</p>;
  if (state.status === "error") return <Alert tone="error">{state.message}</Alert>;
  return (
    <>
      <p className="text-sm text-slate-600">
        Every review draws fresh numbers from <span className="font-medium">{state.title}</span>; here is one draw with its answer.
      </p>
      <VariantPreview variant={state.variant} index={0} />
    </>
  );
}
