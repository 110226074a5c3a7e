import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { DeckPicker } from "@/components/flashcards/deck-picker";
import { ReviewSession } from "@/components/flashcards/review-session";
import { requireActor } from "@/lib/server/entry/require-actor";
import { getReviewView } from "@/lib/server/data/flashcards/get-review-view";
import { renderReviewView } from "@/lib/server/render/rendered-views";
import { listDecks } from "@/lib/server/data/flashcards/list-decks";
import { rateAction, revealAction, setAsideAction, setDeckAction, undoAction } from "./actions";
import { createDeckAction } from "./decks/actions";
import { Alert } from "@/components/ui/alert";
import { DeckFieldsForm } from "@/components/decks/deck-fields-form";
import { listOwnDecks } from "@/lib/server/data/decks/list-own-decks";
import { pluralize } from "@/lib/format/display";

export const metadata: Metadata = { title: "Flashcards" };

export default async function ReviewPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const { user, actor } = await requireActor("/flashcards");
  const { deleted } = await searchParams;
  const now = new Date();
  const [decks, own, view] = await Promise.all([listDecks(actor), listOwnDecks(actor, now), getReviewView(actor, now)]);
  const subscribed = decks.some((d) => d.subscribed) || own.some((d) => d.cards > 0);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader
        title="Flashcards"
        description="Flashcards on an FSRS schedule. Space shows the answer, 1–4 rate it (Again, Hard, Good, Easy), U undoes, B buries a card until tomorrow, S suspends it. Computed cards have fresh numbers at every review."
        actions={
          <>
            <Link href="/flashcards/browse" className={buttonClasses("secondary", "sm")}>
              Card browser
            </Link>
            <Link href="/flashcards/custom" className={buttonClasses("secondary", "sm")}>
              Custom study
            </Link>
            <Link href="/flashcards/stats" className={buttonClasses("secondary", "sm")}>
              Statistics
            </Link>
            <Link href="/flashcards/anki" className={buttonClasses("secondary", "sm")}>
              Anki packages
            </Link>
            <Link href="/flashcards/settings" className={buttonClasses("secondary", "sm")}>
              Settings
            </Link>
          </>
        }
      />
      {subscribed ? <ReviewSession key={view.current?.studentCardId ?? "none"} initial={renderReviewView(view)} reveal={revealAction} rate={rateAction} undo={undoAction} setAside={setAsideAction} timeZone={user.timeZone} /> : null}
      {deleted === "deck" ? <Alert tone="success">The deck was deleted.</Alert> : null}
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{subscribed ? "Topic decks" : "Add a deck to start"}</h2>
        <DeckPicker decks={decks} setDeck={setDeckAction} />
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">Your own decks</h2>
        <p className="mt-1 mb-3 text-sm text-slate-600">Cards you write yourself (basic or cloze, Markdown and math), private to you and scheduled like the rest.</p>
        {own.length ? (
          <ul className="mb-4 divide-y divide-slate-200 rounded-md border border-slate-200">
            {own.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
                <Link href={`/flashcards/decks/${d.id}`} className="font-medium text-brand-700 hover:underline">
                  {d.name}
                </Link>
                <span className="text-xs text-slate-600">
                  {pluralize(d.cards, "card")} · {d.due} due · {d.fresh} new
                </span>
              </li>
            ))}
          </ul>
        ) : null}
        <details open={own.length === 0} className="rounded-md border border-slate-200 p-3">
          <summary className="cursor-pointer text-sm font-medium text-slate-800">New deck</summary>
          <div className="mt-3">
            <DeckFieldsForm action={createDeckAction} submitLabel="Create deck" />
          </div>
        </details>
      </Card>
    </div>
  );
}
