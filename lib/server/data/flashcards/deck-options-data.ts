import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { deckOptionsSchema, readDeckOptions, type DeckOptions } from "@/lib/flashcards/deck-options";
import { text } from "@/lib/schemas/text";
import { getDb } from "@/lib/server/db";
import { NotFoundError, ValidationError, type FieldErrors } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";
import type { FlashcardSettings } from "@/lib/flashcards/settings";
import { readSettings } from "./internal/read-settings";

/** How a deck is named in addresses and forms: "topic:<slug>" (a topic's deck) or "deck:<id>" (an own deck). */
export const DECK_REF_PATTERN = /^(topic:[a-z0-9-]+|deck:[A-Za-z0-9_-]+)$/;

/** A deck the actor studies: "topic:<slug>" (a topic deck they added) or "deck:<id>" (one of their own). */
export const deckRefSchema = text().regex(DECK_REF_PATTERN, { error: "That deck couldn't be read." });

export type DeckOptionsView = { deck: string; name: string; options: DeckOptions; account: FlashcardSettings };

type Where = { kind: "topic"; userId: string; topicId: string; name: string } | { kind: "own"; id: string; name: string };

async function findDeck(actor: Actor, deck: string): Promise<Where> {
  const db = getDb();
  if (deck.startsWith("topic:")) {
    const sub = await db.deckSubscription.findFirst({ where: { userId: actor.id, topic: { slug: deck.slice(6) } }, select: { topicId: true, topic: { select: { title: true } } } });
    if (!sub) throw new NotFoundError("Add this topic's deck first: its options are yours once you study it.");
    return { kind: "topic", userId: actor.id, topicId: sub.topicId, name: sub.topic.title };
  }
  const own = await db.deck.findFirst({ where: { id: deck.slice(5), ownerId: actor.id }, select: { id: true, name: true } });
  if (!own) throw new NotFoundError("This deck doesn't exist, or it isn't yours.");
  return { kind: "own", id: own.id, name: own.name };
}

/** A deck's own options and the account settings they stand over. */
export async function getDeckOptions(actor: Actor, deck: string): Promise<DeckOptionsView> {
  const db = getDb();
  const where = await findDeck(actor, deck);
  const stored =
    where.kind === "topic"
      ? (await db.deckSubscription.findUnique({ where: { userId_topicId: { userId: where.userId, topicId: where.topicId } }, select: { options: true } }))?.options
      : (await db.deck.findUnique({ where: { id: where.id }, select: { options: true } }))?.options;
  return { deck, name: where.name, options: readDeckOptions(stored), account: await readSettings(db, actor.id) };
}

/**
 * Saves a deck's own options (null: the account's); they apply from the next card shown. The
 * options are checked here, each problem named on its field.
 */
export async function updateDeckOptions(actor: Actor, deck: string, input: unknown): Promise<void> {
  const parsed = deckOptionsSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: FieldErrors = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "options")] ??= issue.message;
    throw new ValidationError("Some options need fixing before they can be saved.", fieldErrors);
  }
  const db = getDb();
  const where = await findDeck(actor, deck);
  // All options at the account's: nothing of the deck's own is kept.
  const options = Object.values(parsed.data).every((v) => v === null) ? Prisma.DbNull : parsed.data;
  if (where.kind === "topic") await db.deckSubscription.update({ where: { userId_topicId: { userId: where.userId, topicId: where.topicId } }, data: { options } });
  else await db.deck.update({ where: { id: where.id }, data: { options } });
}
