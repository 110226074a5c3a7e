"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/forms/action-result";
import type { DeckRow } from "@/lib/server/data/flashcards/list-decks";
import { Button } from "@/components/ui/button";

export function DeckPicker({ decks, setDeck }: { decks: DeckRow[]; setDeck: (topic: string, add: boolean) => Promise<ActionResult> }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div>
      <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2">
        {decks.map((d) => (
          <li key={d.slug} className="flex items-center justify-between gap-3 rounded-md border border-slate-200 bg-white px-3 py-2">
            <span className="min-w-0">
              <span className="block truncate text-sm font-medium">{d.title}</span>
              <span className="text-xs text-slate-500">{d.cards} cards</span>
            </span>
            <Button
              size="sm"
              variant={d.subscribed ? "secondary" : "primary"}
              disabled={pending}
              className="shrink-0 whitespace-nowrap"
              aria-label={`${d.subscribed ? "Remove" : "Add"} the ${d.title} deck`}
              onClick={() =>
                startTransition(async () => {
                  const r = await setDeck(d.slug, !d.subscribed);
                  if (!r.ok) setError(r.message);
                  else router.refresh();
                })
              }
            >
              {d.subscribed ? "Remove" : "Add deck"}
            </Button>
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
