"use client";

import { useEffect, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/forms/action-result";
import type { RenderedCardBack as CardBack, RenderedCustomStudyCard as CustomStudyCard } from "@/lib/server/render/rendered-views";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CardBackView, CardFrontView, RATINGS } from "./card-faces";

type Rating = (typeof RATINGS)[number]["rating"];

type Props = {
  cards: CustomStudyCard[];
  /** Ratings are recorded as reviews (and move the schedule) only when the student chose so. */
  reschedule: boolean;
  reveal: (studentCardId: string) => Promise<ActionResult<CardBack>>;
  rate: (input: unknown) => Promise<ActionResult>;
};

/**
 * A custom study session: the chosen cards one by one, Space to show the answer, 1–4 to rate.
 * As practice, ratings stay in the browser and the schedule is untouched; with rescheduling on,
 * each rating is a review like any other.
 */
export function CustomSession({ cards, reschedule, reveal, rate }: Props) {
  const [index, setIndex] = useState(0);
  const [back, setBack] = useState<CardBack | null>(null);
  const [shownAt, setShownAt] = useState(() => Date.now());
  const [counts, setCounts] = useState<Record<Rating, number>>({ again: 0, hard: 0, good: 0, easy: 0 });
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const card = cards[index];

  function onReveal() {
    if (!card || back || pending) return;
    startTransition(async () => {
      const r = await reveal(card.studentCardId);
      // Wrapped again: updates after an await leave the transition, and could show the answer
      // while `pending` still reads true, so the next key would be dropped.
      startTransition(() => {
        if (!r.ok || !r.data) setError(r.ok ? "The answer couldn't be loaded." : r.message);
        else setBack(r.data);
      });
    });
  }

  function onRate(rating: Rating) {
    if (!card || !back || pending) return;
    startTransition(async () => {
      if (reschedule) {
        const r = await rate({ studentCardId: card.studentCardId, expectedVersion: card.version, rating, durationMs: Math.min(Date.now() - shownAt, 3_600_000) });
        if (!r.ok) {
          startTransition(() => setError(r.message));
          return;
        }
      }
      startTransition(() => {
        setError(null);
        setCounts((c) => ({ ...c, [rating]: c[rating] + 1 }));
        setBack(null);
        setShownAt(Date.now());
        setIndex((i) => i + 1);
      });
    });
  }

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLSelectElement) return;
      if (e.key === " " && !back) {
        e.preventDefault();
        onReveal();
      } else if (back) {
        const r = RATINGS.find((x) => x.key === e.key);
        if (r) onRate(r.rating);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  if (!card) {
    const done = Object.values(counts).reduce((a, b) => a + b, 0);
    return (
      <section aria-label="Custom study done" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 className="text-lg font-semibold">Done: {done} card{done === 1 ? "" : "s"}</h2>
        <p className="mt-1 text-sm text-slate-700">
          {RATINGS.map((r) => `${r.label} ${counts[r.rating]}`).join(" · ")}. {reschedule ? "Each rating was recorded as a review." : "Practice only: your schedule didn't change."}
        </p>
      </section>
    );
  }
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600" aria-live="polite">
        Card {index + 1} of {cards.length} · {reschedule ? "ratings are recorded as reviews" : "practice: the schedule stays as it is"}
      </p>
      <section aria-label="Card" className="min-h-60 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <CardFrontView front={card.front} />
        {back ? <CardBackView back={back} /> : null}
      </section>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="grid min-h-14 grid-cols-2 gap-2 sm:grid-cols-4">
        {back ? (
          RATINGS.map((r) => (
            <Button key={r.rating} variant={r.rating === "again" ? "danger" : "secondary"} onClick={() => onRate(r.rating)} disabled={pending}>
              {r.label} <kbd className="text-xs text-slate-400">{r.key}</kbd>
            </Button>
          ))
        ) : (
          <Button onClick={onReveal} disabled={pending} className="col-span-2 sm:col-span-4">
            {pending ? "…" : "Show answer (Space)"}
          </Button>
        )}
      </div>
    </div>
  );
}
