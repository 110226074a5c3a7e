import "server-only";
import { getDb } from "@/lib/server/db";
import { cardNoteSchema, type CardNote } from "@/lib/cards/card-schema";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";
import { KIND_COLUMN, noteContent, noteHash } from "@/lib/server/data/flashcards/internal/card-columns";
import { computedCardCandidates, type ComputedCardCandidate } from "./internal/computed-card-candidates";
import { dealNewCards, lockDecks } from "./internal/deal-new-cards";
import { cardSiblingKey } from "./internal/note-cards";

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** `<template>-computed` as the built-in cards are named, numbered when that key is taken. */
function freeKey(templateKey: string, taken: Set<string>): string {
  let key = `${templateKey}-computed`;
  for (let n = 2; taken.has(key); n++) key = `${templateKey}-computed-${n}`;
  taken.add(key);
  return key;
}

/** The computed note for a template: its tags (those a card can carry) and its source. */
function noteFor(template: ComputedCardCandidate, topic: string, key: string): CardNote {
  const source = (template.definition as { source?: { title?: string; url?: string } }).source ?? {};
  return cardNoteSchema.parse({
    key,
    topic,
    kind: "computed",
    templateKey: template.key,
    tags: template.tags.filter((t) => KEBAB.test(t)),
    source: { title: source.title ?? template.title, ...(source.url ? { url: source.url } : {}) },
  });
}

/**
 * Admin-only: one computed card per chosen template of the topic, dealt at once to the deck's
 * students. All or nothing: if any chosen template already has a computed card (say another
 * admin just generated it), is archived or belongs elsewhere, nothing is written.
 */
export async function generateComputedCards(actor: Actor, input: { topic: string; templateKeys: readonly string[] }, now: Date): Promise<{ created: number; keys: string[]; dealt: number }> {
  requireAdmin(actor);
  const chosen = [...new Set(input.templateKeys)];
  if (chosen.length === 0) throw new ValidationError("Choose at least one template.", { templateKeys: "Choose at least one template." });
  const db = getDb();
  const topic = await db.topic.findUnique({ where: { slug: input.topic }, select: { id: true } });
  if (!topic) throw new NotFoundError("There's no such topic.");
  return db.$transaction(async (tx) => {
    // Held to the end, so a second admin generating for this topic waits and then sees these cards.
    await lockDecks(tx, [topic.id]);
    const candidates = new Map((await computedCardCandidates(tx, { topicId: topic.id })).map((t) => [t.key, t]));
    const unavailable = chosen.filter((k) => !candidates.has(k));
    if (unavailable.length > 0) {
      throw new ConflictError(
        `Nothing was created: ${unavailable.map((k) => `"${k}"`).join(", ")} ${unavailable.length === 1 ? "has" : "have"} a computed card already or ${unavailable.length === 1 ? "isn't an active template" : "aren't active templates"} of this topic. Reload the list and choose again.`,
      );
    }
    const taken = new Set((await tx.cardNote.findMany({ select: { key: true } })).map((n) => n.key));
    const cardIds: string[] = [];
    const keys: string[] = [];
    for (const templateKey of chosen) {
      const note = noteFor(candidates.get(templateKey)!, input.topic, freeKey(templateKey, taken));
      const row = await tx.cardNote.create({
        data: {
          key: note.key,
          topicId: topic.id,
          kind: KIND_COLUMN.computed,
          content: noteContent(note),
          tags: note.tags,
          source: note.source,
          contentHash: noteHash(note),
          cards: { create: [{ ordinal: 1, siblingKey: cardSiblingKey(note) }] },
        },
        select: { cards: { select: { id: true } } },
      });
      cardIds.push(...row.cards.map((c) => c.id));
      keys.push(note.key);
    }
    const dealt = await dealNewCards(tx, cardIds, now);
    return { created: keys.length, keys, dealt };
  });
}
