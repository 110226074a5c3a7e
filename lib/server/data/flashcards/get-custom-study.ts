import "server-only";
import { z } from "zod";
import { mulberry32, shuffled } from "@/lib/random/seeded-random";
import { text } from "@/lib/schemas/text";
import { dayBounds, DEFAULT_TIME_ZONE } from "@/lib/time/day-bounds";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";
import { cardFront, type CardFront } from "./card-face";
import { reviewSeed } from "./internal/card-columns";
import { studiedDecks } from "./internal/studied-decks";

export const CUSTOM_STUDY_MODES = ["forgotten", "ahead", "random"] as const;
export const CUSTOM_STUDY_LIMIT = 100;

/**
 * A custom study session, as Anki's: cards forgotten (rated Again) in the last N days; cards due
 * in the next N days of one deck, studied ahead; or a deck's cards in random order. By default it
 * is practice and leaves the schedule alone; `reschedule` records the ratings as real reviews.
 */
export const customStudySchema = z.object({
  mode: z.enum(CUSTOM_STUDY_MODES).catch("forgotten"),
  days: z.coerce.number().int().min(1).max(365).catch(7),
  /** "topic:<slug>" or "deck:<id>"; required for "ahead" and "random". */
  deck: text().max(80).optional().catch(undefined),
  reschedule: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()).catch(false),
  /** Fixes the random order, so a reload shows the same session. */
  seed: z.coerce.number().int().min(0).max(2 ** 31).catch(0),
});
export type CustomStudyInput = z.output<typeof customStudySchema>;

export type CustomStudyCard = { studentCardId: string; version: number; front: CardFront };
export type CustomStudy = { cards: CustomStudyCard[]; total: number; deckLabel: string | null };

/**
 * The cards of a custom study session (at most CUSTOM_STUDY_LIMIT), in the order to study them.
 * Reading them changes nothing; suspended cards are left out.
 */
export async function getCustomStudy(actor: Actor, input: CustomStudyInput, now: Date): Promise<CustomStudy> {
  const db = getDb();
  const [scope, user] = await Promise.all([studiedDecks(db, actor.id), db.user.findUnique({ where: { id: actor.id }, select: { timeZone: true } })]);
  // The chosen deck among those the actor studies; anything else is no deck at all.
  let topicIds = scope.topicIds;
  let deckIds = scope.deckIds;
  let deckLabel: string | null = null;
  if (input.deck?.startsWith("topic:")) {
    const topic = await db.topic.findFirst({ where: { slug: input.deck.slice(6), id: { in: [...scope.topicIds] } }, select: { id: true, title: true } });
    topicIds = topic ? [topic.id] : [];
    deckIds = [];
    deckLabel = topic?.title ?? null;
  } else if (input.deck?.startsWith("deck:")) {
    const deck = await db.deck.findFirst({ where: { id: input.deck.slice(5), ownerId: actor.id }, select: { id: true, name: true } });
    topicIds = [];
    deckIds = deck ? [deck.id] : [];
    deckLabel = deck?.name ?? null;
  } else if (input.mode !== "forgotten") {
    return { cards: [], total: 0, deckLabel: null };
  }
  const inDecks = { card: { note: { OR: [{ topicId: { in: [...topicIds] } }, { deckId: { in: [...deckIds] } }] } } };
  const { nextDayStart } = dayBounds(now, user?.timeZone ?? DEFAULT_TIME_ZONE);

  let ids: string[];
  if (input.mode === "forgotten") {
    const since = new Date(now.getTime() - input.days * 86_400_000);
    const forgotten = await db.reviewLog.findMany({
      where: { userId: actor.id, rating: "AGAIN", reviewedAt: { gte: since }, card: { suspended: false, ...inDecks } },
      orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
      distinct: ["studentCardId"],
      select: { studentCardId: true },
    });
    ids = forgotten.map((f) => f.studentCardId);
  } else if (input.mode === "ahead") {
    // Not due yet today (those are in the normal queue), due within the next N days.
    const until = new Date(nextDayStart.getTime() + input.days * 86_400_000);
    const ahead = await db.studentCard.findMany({
      where: { userId: actor.id, suspended: false, state: { not: "NEW" }, due: { gte: nextDayStart, lt: until }, ...inDecks },
      orderBy: [{ due: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    ids = ahead.map((a) => a.id);
  } else {
    const all = await db.studentCard.findMany({ where: { userId: actor.id, suspended: false, ...inDecks }, orderBy: { id: "asc" }, select: { id: true } });
    ids = shuffled(
      all.map((a) => a.id),
      mulberry32(input.seed),
    );
  }
  const chosen = ids.slice(0, CUSTOM_STUDY_LIMIT);
  const rows = await db.studentCard.findMany({
    where: { id: { in: chosen }, userId: actor.id },
    select: { id: true, version: true, reps: true, card: { select: { ordinal: true, note: { select: { kind: true, content: true } } } } },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const cards: CustomStudyCard[] = [];
  for (const id of chosen) {
    const r = byId.get(id);
    if (r) cards.push({ studentCardId: r.id, version: r.version, front: await cardFront(db, r.card, reviewSeed(r.id, r.reps)) });
  }
  return { cards, total: ids.length, deckLabel };
}
