import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { Card, PageHeader } from "@/components/ui/card";
import { OwnNoteEditor } from "@/components/decks/own-note-editor";
import { pluralize } from "@/lib/format/display";
import { requireActor } from "@/lib/server/entry/require-actor";
import { orPageError } from "@/lib/server/entry/page-guard";
import { getOwnNote } from "@/lib/server/data/decks/get-own-note";
import { updateOwnNoteAction } from "../../../actions";

export const metadata: Metadata = { title: "Edit card" };

export default async function EditOwnNotePage({ params }: { params: Promise<{ deckId: string; noteId: string }> }) {
  const { deckId, noteId } = await params;
  const { actor } = await requireActor(`/flashcards/decks/${deckId}/notes/${noteId}`);
  const own = await orPageError(getOwnNote(actor, noteId));
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <BackLink href={`/flashcards/decks/${own.deck.id}`}>{own.deck.name}</BackLink>
      <PageHeader
        title="Edit card"
        description={`Reviewed ${pluralize(own.reviews, "time")}. Edits keep the schedule; in a cloze text, a deletion whose number you keep keeps its progress, and a removed number removes its card.`}
      />
      <Card>
        <OwnNoteEditor mode="edit" deckId={own.deck.id} noteId={own.id} initial={own.note} save={updateOwnNoteAction} />
      </Card>
    </div>
  );
}
