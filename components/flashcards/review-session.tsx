"use client";

import type { QueueKind } from "@/lib/flashcards/queue";
import { useEffect, useLayoutEffect, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/forms/action-result";
import type { RenderedCardBack as CardBack, RenderedReviewView as Session } from "@/lib/server/render/rendered-views";
import { SessionSummary, type RatingCounts } from "./session-summary";
import { CardBackView, CardFrontView, RATINGS } from "./card-faces";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";


type Props = {
  initial: Session;
  reveal: (studentCardId: string, answerText?: string) => Promise<ActionResult<CardBack>>;
  rate: (input: unknown) => Promise<ActionResult<Session>>;
  undo: (studentCardId: string) => Promise<ActionResult<Session>>;
  setAside: (studentCardId: string, change: "bury" | "suspend") => Promise<ActionResult<Session>>;
  timeZone: string;
};

const NO_RATINGS: RatingCounts = { again: 0, hard: 0, good: 0, easy: 0 };

/**
 * Keyboard first: Space reveals, 1–4 rate, U undoes the last rating, B buries the card until
 * tomorrow, S suspends it. Each rating button shows the interval it leads to. The card's version travels with the rating,
 * so a second tab that rated the same card gets a conflict instead of a double review.
 */
const QUEUE_LABEL: Record<QueueKind, string> = { new: "New card", learning: "Learning · seen earlier today", review: "Review" };
const QUEUE_TONE: Record<QueueKind, string> = { new: "text-brand-700", learning: "text-red-700", review: "text-emerald-700" };

export function ReviewSession({ initial, reveal, rate, undo, setAside, timeZone }: Props) {
  const [session, setSession] = useState<Session>(initial);
  const [back, setBack] = useState<CardBack | null>(null);
  const [answer, setAnswer] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(0);
  // Every rating of this session, newest last: U undoes them one by one, in reverse.
  const [history, setHistory] = useState<{ id: string; rating: keyof RatingCounts; durationMs: number }[]>([]);
  const lastCard = history.at(-1) ?? null;
  const [ratings, setRatings] = useState<RatingCounts>(NO_RATINGS);
  const [spentMs, setSpentMs] = useState(0);
  const [pending, startTransition] = useTransition();
  const shownAt = useRef(0);
  const card = session.current;

  useEffect(() => {
    shownAt.current = performance.now();
  }, [card?.studentCardId, card?.version]);

  function onReveal() {
    if (!card || back || pending) return;
    startTransition(async () => {
      const r = await reveal(card.studentCardId, card.front.kind === "computed" ? answer : undefined);
      // Updates after an await leave the transition unless wrapped again: unwrapped, they could
      // show the answer while `pending` still read true, and the next key would be dropped.
      startTransition(() => {
        if (r.ok && r.data) setBack(r.data);
        else if (!r.ok) setError(r.message);
      });
    });
  }

  function onRate(rating: (typeof RATINGS)[number]["rating"]) {
    if (!card || !back || pending) return;
    const durationMs = Math.round(performance.now() - shownAt.current);
    startTransition(async () => {
      const r = await rate({ studentCardId: card.studentCardId, expectedVersion: card.version, rating, durationMs, ...(card.front.kind === "computed" ? { seed: card.front.seed } : {}) });
      startTransition(() => {
        if (!r.ok) {
          setError(r.message);
          return;
        }
        setError(null);
        setHistory((h) => [...h, { id: card.studentCardId, rating, durationMs }]);
        setRatings((c) => ({ ...c, [rating]: c[rating] + 1 }));
        setDone((n) => n + 1);
        setSpentMs((ms) => ms + durationMs);
        setBack(null);
        setAnswer("");
        setSession(r.data!);
      });
    });
  }

  function onUndo() {
    if (!lastCard || pending) return;
    startTransition(async () => {
      const r = await undo(lastCard.id);
      startTransition(() => {
        if (!r.ok) {
          setError(r.message);
          return;
        }
        setError(null);
        setRatings((c) => ({ ...c, [lastCard.rating]: Math.max(0, c[lastCard.rating] - 1) }));
        setSpentMs((ms) => Math.max(0, ms - lastCard.durationMs));
        setHistory((h) => h.slice(0, -1));
        setDone((n) => Math.max(0, n - 1));
        setBack(null);
        setSession(r.data!);
      });
    });
  }

  function onSetAside(change: "bury" | "suspend") {
    if (!card || pending) return;
    startTransition(async () => {
      const r = await setAside(card.studentCardId, change);
      startTransition(() => {
        if (!r.ok) {
          setError(r.message);
          return;
        }
        setError(null);
        setBack(null);
        setAnswer("");
        setSession(r.data!);
      });
    });
  }

  // Re-attached in the layout phase, right after each commit: a passive effect would leave the
  // previous render's handler (which still sees the answer hidden) listening until it flushed,
  // and a key pressed in that gap would be ignored.
  useLayoutEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      // The answer box takes keys only while it can still be typed in: once the answer is shown
      // it is disabled, and a focus left on it must not swallow the rating keys.
      const typing = (e.target as HTMLElement).tagName === "INPUT" && !back;
      if (e.key === " " && !typing) {
        e.preventDefault();
        onReveal();
      } else if (e.key === "Enter" && typing) {
        e.preventDefault();
        onReveal();
      } else if (!typing && back && ["1", "2", "3", "4"].includes(e.key)) {
        onRate(RATINGS[Number(e.key) - 1]!.rating);
      } else if (!typing && (e.key === "u" || e.key === "U")) {
        onUndo();
      } else if (!typing && (e.key === "b" || e.key === "B")) {
        onSetAside("bury");
      } else if (!typing && (e.key === "s" || e.key === "S")) {
        onSetAside("suspend");
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  const remaining = session.counts.learning + session.counts.review + session.counts.new;
  if (!card) {
    return (
      <SessionSummary done={done} ratings={ratings} spentMs={spentMs} nextDue={session.nextDue} timeZone={timeZone} error={error}>
        {lastCard ? (
          <Button variant="secondary" onClick={onUndo} disabled={pending}>
            Undo last rating (U)
          </Button>
        ) : null}
      </SessionSummary>
    );
  }

  return (
    <div className="space-y-4">
      <p className="flex flex-wrap gap-x-4 text-sm text-slate-600" aria-live="polite">
        <span>{done} reviewed</span>
        <span className="text-red-700">{session.counts.learning} learning</span>
        <span className="text-emerald-700">{session.counts.review} to review</span>
        <span className="text-brand-700">{session.counts.new} new</span>
        <span className="sr-only">{remaining} cards left today</span>
      </p>
      <section aria-label="Card" className="min-h-72 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        {/* Which queue the card comes from, as Anki marks it: a card met earlier today says so. */}
        <p className={`mb-3 text-xs font-medium ${QUEUE_TONE[card.kind]}`}>{QUEUE_LABEL[card.kind]}</p>
        <CardFrontView front={card.front} answer={answer} onAnswer={setAnswer} answered={Boolean(back)} />
        {back ? <CardBackView back={back} /> : null}
      </section>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="grid min-h-14 grid-cols-2 gap-2 sm:grid-cols-4">
        {back ? (
          RATINGS.map((r) => (
            <Button key={r.rating} variant={r.rating === "again" ? "danger" : "secondary"} onClick={() => onRate(r.rating)} disabled={pending} className="flex-col !gap-0 py-2">
              <span>
                {r.label} <kbd className="text-xs text-slate-400">{r.key}</kbd>
              </span>
              <span className="text-xs font-normal text-slate-500">{card.previews[r.rating].label}</span>
            </Button>
          ))
        ) : (
          <Button onClick={onReveal} disabled={pending} className="col-span-2 sm:col-span-4">
            {pending ? "…" : "Show answer (Space)"}
          </Button>
        )}
      </div>
      <div className="flex flex-wrap gap-x-4 gap-y-2 text-sm text-slate-600">
        {lastCard ? (
          <button type="button" onClick={onUndo} className="underline" disabled={pending}>
            Undo last rating (U)
          </button>
        ) : null}
        <button type="button" onClick={() => onSetAside("bury")} className="underline" disabled={pending}>
          Bury until tomorrow (B)
        </button>
        <button type="button" onClick={() => onSetAside("suspend")} className="underline" disabled={pending}>
          Suspend (S)
        </button>
      </div>
    </div>
  );
}
