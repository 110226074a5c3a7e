import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { DeckPicker } from "@/components/flashcards/deck-picker";
import { ReviewSession } from "@/components/flashcards/review-session";
import { requireActor } from "@/lib/server/entry/require-actor";
import { getReviewView } from "@/lib/server/data/flashcards/get-review-view";
import { listDecks } from "@/lib/server/data/flashcards/list-decks";
import { rateAction, revealAction, setAsideAction, setDeckAction, undoAction } from "./actions";

export const metadata: Metadata = { title: "Flashcards" };

export default async function ReviewPage() {
  const { user, actor } = await requireActor("/flashcards");
  const now = new Date();
  const [decks, view] = await Promise.all([listDecks(actor), getReviewView(actor, now)]);
  const subscribed = decks.some((d) => d.subscribed);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader
        title="Flashcards"
        description="Flashcards on an FSRS schedule. Space shows the answer, 1–4 rate it (Again, Hard, Good, Easy), U undoes, B buries a card until tomorrow, S suspends it. Computed cards have fresh numbers at every review."
        actions={
          <>
            <Link href="/flashcards/browse" className={buttonClasses("secondary", "sm")}>
              Your cards
            </Link>
            <Link href="/flashcards/stats" className={buttonClasses("secondary", "sm")}>
              Statistics
            </Link>
            <Link href="/flashcards/settings" className={buttonClasses("secondary", "sm")}>
              Settings
            </Link>
          </>
        }
      />
      {subscribed ? <ReviewSession key={view.current?.studentCardId ?? "none"} initial={view} reveal={revealAction} rate={rateAction} undo={undoAction} setAside={setAsideAction} timeZone={user.timeZone} /> : null}
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{subscribed ? "Your decks" : "Add a deck to start"}</h2>
        <DeckPicker decks={decks} setDeck={setDeckAction} />
      </Card>
    </div>
  );
}
