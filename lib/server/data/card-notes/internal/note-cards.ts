import "server-only";
import { cardNoteSchema, type CardNote } from "@/lib/cards/card-schema";
import { clozeNumbers } from "@/lib/cards/cloze";
import type { CardKind } from "@/lib/generated/prisma/enums";

export const KIND_FROM_COLUMN: Record<CardKind, CardNote["kind"]> = { BASIC: "basic", CLOZE: "cloze", COMPUTED: "computed" };

/** One card per deletion number for cloze notes, otherwise the single ordinal 1. */
export function cardOrdinals(note: CardNote): number[] {
  return note.kind === "cloze" ? clozeNumbers(note.text ?? "") : [1];
}

/** Computed notes on the same template are siblings: they ask the same question with other numbers. */
export function cardSiblingKey(note: CardNote): string {
  return note.kind === "computed" ? `template:${note.templateKey}` : note.key;
}

type NoteRow = { key: string; kind: CardKind; content: unknown; tags: string[]; source: unknown; topic: { slug: string } };

/** A stored note as the authored shape (what the editor shows and the schema checks). */
export function noteFromRow(row: NoteRow): CardNote {
  const content = (row.content ?? {}) as Record<string, unknown>;
  return cardNoteSchema.parse({
    key: row.key,
    topic: row.topic.slug,
    kind: KIND_FROM_COLUMN[row.kind],
    ...content,
    tags: row.tags,
    source: row.source,
  });
}
