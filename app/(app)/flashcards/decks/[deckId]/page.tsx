import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { buttonClasses } from "@/components/ui/button";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { InlineMarkdown } from "@/components/ui/markdown";
import { ConfirmDeleteButton } from "@/components/decks/confirm-delete-button";
import { ApkgExportForm } from "@/components/decks/apkg-export-form";
import { DeckFieldsForm } from "@/components/decks/deck-fields-form";
import { OwnNoteEditor } from "@/components/decks/own-note-editor";
import { pluralize } from "@/lib/format/display";
import { requireActor } from "@/lib/server/entry/require-actor";
import { orPageError } from "@/lib/server/entry/page-guard";
import { getOwnDeck } from "@/lib/server/data/decks/get-own-deck";
import { createOwnNoteAction, deleteDeckAction, deleteOwnNoteAction, updateDeckAction } from "../actions";

export const metadata: Metadata = { title: "Your deck" };

export default async function OwnDeckPage({ params }: { params: Promise<{ deckId: string }> }) {
  const { deckId } = await params;
  const { actor } = await requireActor(`/flashcards/decks/${deckId}`);
  const deck = await orPageError(getOwnDeck(actor, deckId, new Date()));
  const f = deck.figures;
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <BackLink href="/flashcards">Flashcards</BackLink>
      <PageHeader
        title={deck.name}
        description={`${deck.description ? `${deck.description} · ` : ""}Your own deck: only you see it. ${pluralize(f.cards, "card")} from ${pluralize(f.notes, "note")}; ${f.due} due now, ${f.fresh} new.`}
        actions={
          <>
            <Link href={`/flashcards/deck-options?deck=deck:${deck.id}`} className={buttonClasses("secondary", "sm")}>
              Deck options
            </Link>
            <Link href="/flashcards" className={buttonClasses("primary", "sm")}>
              Study now
            </Link>
          </>
        }
      />
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Add a card</h2>
        <OwnNoteEditor mode="create" deckId={deck.id} initial={null} save={createOwnNoteAction} />
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Cards in this deck</h2>
        {deck.notes.length === 0 ? (
          <p className="text-sm text-slate-600">No cards yet: write the first one above.</p>
        ) : (
          <ul className="divide-y divide-slate-200" aria-label={pluralize(deck.notes.length, "note")}>
            {deck.notes.map((n) => (
              <li key={n.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
                <div className="min-w-0">
                  <div className="line-clamp-2 text-sm text-slate-900">
                    <InlineMarkdown>{n.front}</InlineMarkdown>
                  </div>
                  <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
                    <Badge>{n.kind === "cloze" ? `Cloze · ${pluralize(n.cards, "card")}` : "Basic"}</Badge>
                    {n.tags.map((t) => (
                      <span key={t}>#{t}</span>
                    ))}
                  </p>
                </div>
                <div className="flex shrink-0 gap-2">
                  <Link href={`/flashcards/decks/${deck.id}/notes/${n.id}`} className={buttonClasses("secondary", "sm")}>
                    Edit
                  </Link>
                  <ConfirmDeleteButton label="Delete" title="Delete this card?" input={n.id} action={deleteOwnNoteAction}>
                    <p>
                      {n.kind === "cloze" ? `Its ${pluralize(n.cards, "card")} and their` : "It and its"} review history go for good; your schedule forgets them.
                    </p>
                  </ConfirmDeleteButton>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">Export to Anki</h2>
        <p className="mt-1 mb-3 text-sm text-slate-600">An Anki package (.apkg) of this deck: basic and cloze notes, with math, that Anki imports as they are.</p>
        <ApkgExportForm decks={[{ value: `deck:${deck.id}`, label: deck.name }]} />
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Deck</h2>
        <div className="grid gap-6 md:grid-cols-2">
          <DeckFieldsForm action={updateDeckAction} deck={deck} submitLabel="Save deck" />
          <div className="space-y-2">
            <p className="text-sm text-slate-700">
              Deleting the deck deletes its {pluralize(f.notes, "note")}, {pluralize(f.cards, "card")} and {pluralize(f.reviews, "review")} of history. It can&apos;t be undone.
            </p>
            <ConfirmDeleteButton label="Delete deck" title={`Delete “${deck.name}”?`} input={{ deckId: deck.id, confirmedCards: f.cards, confirmedReviews: f.reviews }} action={deleteDeckAction}>
              <p>
                <strong className="font-semibold text-slate-900">
                  {pluralize(f.cards, "card")} and {pluralize(f.reviews, "review")}
                </strong>{" "}
                go with it, for good.
              </p>
            </ConfirmDeleteButton>
          </div>
        </div>
      </Card>
    </div>
  );
}
