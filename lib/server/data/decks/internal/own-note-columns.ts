import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { canonicalJson } from "@/lib/questions/canonical-json";
import type { OwnNote } from "@/lib/cards/own-note-schema";
import type { CardKind } from "@/lib/generated/prisma/enums";

/** A fresh key for an own note: not a word an author chose, so it can never take a built-in key. */
export function ownNoteKey(): string {
  return `own-${randomUUID()}`;
}

export function ownNoteColumns(note: OwnNote): { kind: CardKind; content: { front?: string; back?: string; text?: string }; tags: string[]; contentHash: string } {
  const content = note.kind === "basic" ? { front: note.front, back: note.back } : { text: note.text };
  return {
    kind: note.kind === "basic" ? "BASIC" : "CLOZE",
    content,
    tags: note.tags,
    contentHash: createHash("sha256").update(canonicalJson({ kind: note.kind, ...content, tags: note.tags })).digest("hex"),
  };
}

/** An own note as its author wrote it, from its columns. */
export function ownNoteFromRow(row: { kind: CardKind; content: unknown; tags: string[] }): OwnNote {
  const c = (row.content ?? {}) as { front?: string; back?: string; text?: string };
  return row.kind === "CLOZE" ? { kind: "cloze", text: c.text ?? "", tags: row.tags } : { kind: "basic", front: c.front ?? "", back: c.back ?? "", tags: row.tags };
}

/** Own notes record where they came from: written here, or imported. */
export const OWN_SOURCE = { title: "Written by the deck's owner" };
