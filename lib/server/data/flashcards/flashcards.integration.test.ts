import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/server/errors";
import { BUILT_IN_CARD_INPUTS } from "@/lib/topics/built-in-cards";
import { cardCount, cardNotesSchema } from "@/lib/cards/card-schema";
import { rebuildCard } from "@/lib/flashcards/rebuild";
import { LEECH_TAG } from "@/lib/flashcards/leech";
import { DEFAULT_FLASHCARD_SETTINGS } from "@/lib/flashcards/settings";
import type { SrsRating } from "@/lib/flashcards/card";
import { makeUser } from "@/test/integration/db-helpers";
import { resetWithBuiltInContent } from "@/test/integration/built-in-content";
import type { Actor } from "@/lib/server/data/actor";
import { addDeck } from "./add-deck";
import { parseBefore, RATING_FROM_COLUMN, toSrsCard } from "./internal/card-columns";
import { getReviewSession } from "./get-review-session";
import { getFlashcardSettings } from "./get-flashcard-settings";
import { recordReview } from "./record-review";
import { removeDeck } from "./remove-deck";
import { revealCard } from "./reveal-card";
import { seedCards } from "./seed-cards";
import { undoLastReview } from "./undo-last-review";
import { updateFlashcardSettings } from "./update-flashcard-settings";

const notes = cardNotesSchema.parse(BUILT_IN_CARD_INPUTS);
const start = new Date("2026-05-01T09:00:00Z");
let student: Actor;

beforeAll(async () => {
  await resetWithBuiltInContent();
});

beforeEach(async () => {
  student = await makeUser();
});

/** A snapshot of a student card without the bookkeeping columns. */
async function stateOf(id: string) {
  return getDb().studentCard.findUniqueOrThrow({ where: { id }, omit: { updatedAt: true, createdAt: true } });
}

/** The actor's card for a note and ordinal (fixture lookup). */
async function ownCard(actor: Actor, noteKey: string, ordinal = 1) {
  return getDb().studentCard.findFirstOrThrow({ where: { userId: actor.id, card: { ordinal, note: { key: noteKey } } } });
}

/** Rates a card at its due time until `stop` says so; returns the last result. */
async function studyUntil(actor: Actor, id: string, pick: (state: string) => SrsRating, stop: (r: Awaited<ReturnType<typeof recordReview>>) => boolean) {
  for (let i = 0; i < 40; i++) {
    const row = await getDb().studentCard.findUniqueOrThrow({ where: { id } });
    const at = row.due.getTime() < start.getTime() ? start : row.due;
    const result = await recordReview(actor, { studentCardId: id, expectedVersion: row.version, rating: pick(row.state), durationMs: 1000 }, at);
    if (stop(result)) return result;
  }
  throw new Error("the card never reached the expected state");
}

describe("seedCards", () => {
  it("creates one card per cloze number or one per note, and a second run changes nothing", async () => {
    const db = getDb();
    expect(await db.card.count()).toBe(notes.reduce((n, note) => n + cardCount(note), 0));
    const computed = notes.find((n) => n.kind === "computed")!;
    const computedCard = await db.card.findFirstOrThrow({ where: { note: { key: computed.key } } });
    expect(computedCard.siblingKey).toBe(`template:${computed.templateKey}`);
    const snapshot = () => db.cardNote.findMany({ orderBy: { key: "asc" }, include: { cards: { orderBy: { ordinal: "asc" } } } });
    const before = await snapshot();
    expect(await seedCards(BUILT_IN_CARD_INPUTS)).toEqual({ created: 0, updated: 0, unchanged: notes.length });
    expect(await snapshot()).toEqual(before);
  });
});

describe("decks", () => {
  it("adding a deck creates one NEW card per card of the topic, once", async () => {
    const expected = await getDb().card.count({ where: { note: { topic: { slug: "rope" } } } });
    expect(await addDeck(student, { topic: "rope" }, start)).toEqual({ added: expected });
    expect(await addDeck(student, { topic: "rope" }, start)).toEqual({ added: 0 });
    const rows = await getDb().studentCard.findMany({ where: { userId: student.id } });
    expect(rows).toHaveLength(expected);
    expect(rows.every((r) => r.state === "NEW" && r.version === 0 && r.due.getTime() >= start.getTime())).toBe(true);
  });

  it("removing a deck hides its cards from the session but keeps them", async () => {
    await addDeck(student, { topic: "peft" }, start);
    expect((await getReviewSession(student, start)).current).not.toBeNull();
    expect(await removeDeck(student, { topic: "peft" })).toEqual({ removed: true });
    expect(await getReviewSession(student, start)).toEqual({ counts: { learning: 0, review: 0, new: 0 }, current: null });
    expect(await getDb().studentCard.count({ where: { userId: student.id } })).toBeGreaterThan(0);
    await expect(addDeck(student, { topic: "nope" }, start)).rejects.toThrow(NotFoundError);
  });
});

describe("review sessions", () => {
  it("rate cards in queue order, log every review, and match the state rebuilt from the log", async () => {
    await addDeck(student, { topic: "quantization" }, start);
    const ratings: SrsRating[] = ["good", "again", "good", "easy", "hard", "good", "good", "again"];
    let now = start;
    const reviewed: string[] = [];
    for (const rating of ratings) {
      const session = await getReviewSession(student, now);
      const current = session.current!;
      expect(current.previews.good.label).toMatch(/^\d/);
      expect(session.counts.new + session.counts.learning + session.counts.review).toBeGreaterThan(0);
      await revealCard(student, { studentCardId: current.studentCardId });
      await recordReview(student, { studentCardId: current.studentCardId, expectedVersion: current.version, rating, durationMs: 3000 }, now);
      reviewed.push(current.studentCardId);
      now = new Date(now.getTime() + 11 * 60_000);
    }
    const logs = await getDb().reviewLog.findMany({ where: { userId: student.id }, orderBy: { id: "asc" } });
    expect(logs.map((l) => RATING_FROM_COLUMN[l.rating])).toEqual(ratings);
    expect(logs.map((l) => l.studentCardId)).toEqual(reviewed);
    expect(logs.every((l) => l.durationMs === 3000)).toBe(true);

    for (const id of new Set(reviewed)) {
      const own = logs.filter((l) => l.studentCardId === id);
      const { card } = rebuildCard({
        initial: parseBefore(own[0]!.before).card,
        reviews: own.map((l) => ({ rating: RATING_FROM_COLUMN[l.rating], reviewedAt: l.reviewedAt, durationMs: l.durationMs })),
        settings: DEFAULT_FLASHCARD_SETTINGS,
        cardId: id,
      });
      const stored = await getDb().studentCard.findUniqueOrThrow({ where: { id } });
      expect(toSrsCard(stored)).toEqual(card);
      expect(stored.version).toBe(own.length);
    }
  });

  it("refuse a stale version with the conflict message and write nothing", async () => {
    await addDeck(student, { topic: "rlhf" }, start);
    const { current } = await getReviewSession(student, start);
    const id = current!.studentCardId;
    await recordReview(student, { studentCardId: id, expectedVersion: current!.version, rating: "good", durationMs: 1 }, start);
    const before = await stateOf(id);
    const stale = recordReview(student, { studentCardId: id, expectedVersion: current!.version, rating: "easy", durationMs: 1 }, start);
    await expect(stale).rejects.toThrow(ConflictError);
    await expect(stale).rejects.toThrow(/already reviewed in another tab/);
    expect(await stateOf(id)).toEqual(before);
    expect(await getDb().reviewLog.count({ where: { studentCardId: id } })).toBe(1);
  });

  it("undo restores the exact previous state and removes the log row", async () => {
    await addDeck(student, { topic: "rope" }, start);
    const { current } = await getReviewSession(student, start);
    const id = current!.studentCardId;
    await recordReview(student, { studentCardId: id, expectedVersion: 0, rating: "good", durationMs: 1 }, start);
    const middle = await stateOf(id);
    await recordReview(student, { studentCardId: id, expectedVersion: 1, rating: "hard", durationMs: 1 }, new Date(start.getTime() + 600_000));
    expect(await undoLastReview(student, { studentCardId: id })).toMatchObject({ version: 3 });
    expect(await stateOf(id)).toEqual({ ...middle, version: 3 });
    expect(await getDb().reviewLog.count({ where: { studentCardId: id } })).toBe(1);
    await undoLastReview(student, { studentCardId: id });
    await expect(undoLastReview(student, { studentCardId: id })).rejects.toThrow(/no review of this card to undo/);
    expect(await stateOf(id)).toMatchObject({ state: "NEW", reps: 0, lastReview: null, version: 4 });
  });

  it("tag and suspend a leech after the threshold's lapses, and undo clears it", async () => {
    await updateFlashcardSettings(student, { leechThreshold: 2 });
    expect((await getFlashcardSettings(student)).leechThreshold).toBe(2);
    await addDeck(student, { topic: "peft" }, start);
    const id = (await ownCard(student, notes.find((n) => n.topic === "peft" && n.kind === "basic")!.key)).id;
    const result = await studyUntil(student, id, (state) => (state === "REVIEW" ? "again" : "good"), (r) => r.becameLeech);
    expect(result.becameLeech).toBe(true);
    const leech = await stateOf(id);
    expect(leech).toMatchObject({ lapses: 2, suspended: true });
    expect(leech.tags).toContain(LEECH_TAG);
    expect((await getReviewSession(student, result.due)).current?.studentCardId).not.toBe(id);
    await undoLastReview(student, { studentCardId: id });
    expect(await stateOf(id)).toMatchObject({ lapses: 1, suspended: false, tags: [] });
  });

  it("refuse invalid settings with field messages", async () => {
    const bad = updateFlashcardSettings(student, { desiredRetention: 0.99, learningSteps: "10m 1m" });
    await expect(bad).rejects.toThrow(ValidationError);
    await bad.catch((e: ValidationError) => {
      expect(Object.keys(e.fieldErrors).sort()).toEqual(["desiredRetention", "learningSteps"]);
    });
    expect(await getFlashcardSettings(student)).toEqual(DEFAULT_FLASHCARD_SETTINGS);
  });

  it("keep another student away from my cards", async () => {
    await addDeck(student, { topic: "rope" }, start);
    const mine = await ownCard(student, notes.find((n) => n.topic === "rope")!.key);
    const other = await makeUser();
    // Someone else's card and a missing one get the same answer: no way to tell which ids exist.
    const refusals = await Promise.all([
      recordReview(other, { studentCardId: mine.id, expectedVersion: 0, rating: "good", durationMs: 1 }, start).catch((e: Error) => e),
      revealCard(other, { studentCardId: mine.id }).catch((e: Error) => e),
      undoLastReview(other, { studentCardId: mine.id }).catch((e: Error) => e),
      recordReview(other, { studentCardId: "missing", expectedVersion: 0, rating: "good", durationMs: 1 }, start).catch((e: Error) => e),
    ]);
    for (const e of refusals) expect(e).toBeInstanceOf(NotFoundError);
    expect(new Set(refusals.map((e) => (e as Error).message)).size).toBe(1);
    expect(await stateOf(mine.id)).toMatchObject({ version: 0, reps: 0 });
  });

  it("show a computed card's public variant only, and its solution on reveal", async () => {
    await addDeck(student, { topic: "rope" }, start);
    const note = notes.find((n) => n.topic === "rope" && n.kind === "computed")!;
    const card = await ownCard(student, note.key);
    // Leave only the computed card in today's queue.
    await getDb().studentCard.updateMany({ where: { userId: student.id, id: { not: card.id } }, data: { suspended: true } });
    const { current } = await getReviewSession(student, start);
    expect(current!.studentCardId).toBe(card.id);
    const front = current!.front;
    if (front.kind !== "computed") throw new Error("expected a computed front");
    const template = await getDb().questionTemplate.findFirstOrThrow({ where: { key: note.templateKey, isLatest: true }, select: { title: true } });
    expect(front.variant.title).toBe(template.title);
    // The template's key can name the answer: the front never carries it.
    expect(JSON.stringify(current)).not.toContain(note.templateKey!);
    expect(Object.keys(front.variant).sort()).not.toContain("solution");
    expect(Object.keys(front.variant)).not.toContain("params");
    const back = await revealCard(student, { studentCardId: card.id });
    if (back.kind !== "computed") throw new Error("expected a computed back");
    expect(back.expectedText.length).toBeGreaterThan(0);
    expect(JSON.stringify(front)).not.toContain(back.steps[0]!);
    expect(JSON.stringify(front)).not.toContain(back.explanation);
    await recordReview(student, { studentCardId: card.id, expectedVersion: 0, rating: "good", durationMs: 1, seed: front.seed }, start);
    expect((await getDb().reviewLog.findFirstOrThrow({ where: { studentCardId: card.id } })).seed).toBe(front.seed);
    const next = await getReviewSession(student, new Date(start.getTime() + 11 * 60_000));
    if (next.current?.front.kind === "computed") expect(next.current.front.seed).not.toBe(front.seed);
  });
});
