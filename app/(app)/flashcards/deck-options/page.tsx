import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { Card, PageHeader } from "@/components/ui/card";
import { DeckOptionsForm } from "@/components/flashcards/deck-options-form";
import { requireActor } from "@/lib/server/entry/require-actor";
import { orPageError } from "@/lib/server/entry/page-guard";
import { deckRefSchema, getDeckOptions } from "@/lib/server/data/flashcards/deck-options-data";
import { saveDeckOptionsAction } from "./actions";
import { notFound } from "next/navigation";

export const metadata: Metadata = { title: "Deck options" };

export default async function DeckOptionsPage({ searchParams }: { searchParams: Promise<{ deck?: string }> }) {
  const { deck } = await searchParams;
  const { actor } = await requireActor(`/flashcards/deck-options${deck ? `?deck=${encodeURIComponent(deck)}` : ""}`);
  if (!deckRefSchema.safeParse(deck).success || !deck) notFound();
  const view = await orPageError(getDeckOptions(actor, deck));
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <BackLink href={deck.startsWith("deck:") ? `/flashcards/decks/${deck.slice(5)}` : "/flashcards"}>{deck.startsWith("deck:") ? view.name : "Flashcards"}</BackLink>
      <PageHeader
        title={`Options: ${view.name}`}
        description="This deck's own daily limits and learning steps, over your account's settings. Leave a field empty to use the account's value."
      />
      <Card>
        <DeckOptionsForm deck={deck} options={view.options} account={view.account} action={saveDeckOptionsAction} />
      </Card>
    </div>
  );
}
