"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/forms/action-result";
import type { DeckRow } from "@/lib/server/data/flashcards/list-decks";
import { Button } from "@/components/ui/button";

export function DeckPicker({ decks, setDeck }: { decks: DeckRow[]; setDeck: (topic: string, add: boolean) => Promise<ActionResult> }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div>
      <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2">
        {decks.map((d) => (
          <li key={d.slug} className="flex items-center justify-between gap-3 rounded-md border border-slate-200 bg-white px-3 py-2">
            <span className="min-w-0">
              <span className="block break-words text-sm font-medium">{d.title}</span>
              <span className="text-xs text-slate-500">{d.cards} cards</span>
            </span>
            <span className="flex shrink-0 items-center gap-3">
              {d.subscribed ? (
                <Link href={`/flashcards/deck-options?deck=topic:${d.slug}`} className="text-sm text-brand-700 underline-offset-2 hover:underline" aria-label={`Options of the ${d.title} deck`}>
                  Options
                </Link>
              ) : null}
            <Button
              size="sm"
              variant={d.subscribed ? "secondary" : "primary"}
              disabled={pending}
              className="shrink-0 whitespace-nowrap"
              aria-label={`${d.subscribed ? "Remove" : "Add"} the ${d.title} deck`}
              onClick={() =>
                startTransition(async () => {
                  // The action revalidates /flashcards, so its response already carries the new page.
                  // No router.refresh() on top: a second render fetched later could arrive after
                  // the student had rated or buried cards and put an earlier card back on screen.
                  const r = await setDeck(d.slug, !d.subscribed);
                  setError(r.ok ? null : r.message);
                })
              }
            >
              {d.subscribed ? "Remove" : "Add"}
            </Button>
            </span>
          </li>
        ))}
      </ul>
      {error ? (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
