import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import { makeUser, resetDatabase } from "@/test/integration/db-helpers";
import type { Actor } from "@/lib/server/data/actor";
import { createDeck } from "@/lib/server/data/decks/create-deck";
import { createOwnNote } from "@/lib/server/data/decks/create-own-note";
import { getDeckOptions, updateDeckOptions } from "./deck-options-data";
import { getFlashcardSettings } from "./get-flashcard-settings";
import { getReviewSession } from "./get-review-session";
import { recordReview } from "./record-review";
import { updateFlashcardSettings } from "./update-flashcard-settings";

const NOW = new Date("2026-12-07T10:00:00Z");
const MINUTE = 60_000;
let me: Actor;
let small: string;
let big: string;

beforeAll(async () => {
  await resetDatabase();
  me = await makeUser("STUDENT", "Deck Options");
  small = (await createDeck(me, { name: "Small", description: "" })).id;
  big = (await createDeck(me, { name: "Big", description: "" })).id;
  for (let i = 0; i < 6; i++) {
    await createOwnNote(me, { deckId: small, note: { kind: "basic", front: `s${i}`, back: "x", tags: [] } }, new Date(NOW.getTime() - 2 * 86_400_000 + i));
    await createOwnNote(me, { deckId: big, note: { kind: "basic", front: `b${i}`, back: "x", tags: [] } }, new Date(NOW.getTime() - 86_400_000 + i));
  }
});

describe("per-deck options", () => {
  it("limit a deck's new cards, under the account's total", async () => {
    expect((await getReviewSession(me, NOW)).counts.new).toBe(12);
    await updateDeckOptions(me, `deck:${small}`, { newCardsPerDay: "2", maxReviewsPerDay: null, learningSteps: null });
    expect((await getReviewSession(me, NOW)).counts.new).toBe(8);
    await updateFlashcardSettings(me, { ...(await getFlashcardSettings(me)), newCardsPerDay: 5 });
    // The account's 5 still caps the total: the small deck's 2 first (its cards are older), then 3 of the big one.
    expect((await getReviewSession(me, NOW)).counts.new).toBe(5);
    await updateFlashcardSettings(me, { ...(await getFlashcardSettings(me)), newCardsPerDay: 20 });
  });

  it("count what a deck introduced today against its limit", async () => {
    const session = await getReviewSession(me, NOW);
    const card = await getDb().studentCard.findUniqueOrThrow({ where: { id: session.current!.studentCardId }, include: { card: { include: { note: true } } } });
    expect(card.card.note.deckId).toBe(small);
    await recordReview(me, { studentCardId: card.id, expectedVersion: card.version, rating: "easy", durationMs: 1000 }, NOW);
    // One of the small deck's two new cards is used up: one left there, six in the big deck.
    expect((await getReviewSession(me, NOW)).counts.new).toBe(7);
  });

  it("schedule a deck's cards with its own learning steps", async () => {
    await updateDeckOptions(me, `deck:${big}`, { newCardsPerDay: null, maxReviewsPerDay: null, learningSteps: "5m 1h" });
    const card = await getDb().studentCard.findFirstOrThrow({ where: { userId: me.id, state: "NEW", card: { note: { deckId: big } } }, orderBy: { due: "asc" } });
    const { due } = await recordReview(me, { studentCardId: card.id, expectedVersion: card.version, rating: "again", durationMs: 1000 }, NOW);
    expect(due.getTime() - NOW.getTime()).toBe(5 * MINUTE);
    // The small deck keeps the account's first step (1m).
    const other = await getDb().studentCard.findFirstOrThrow({ where: { userId: me.id, state: "NEW", card: { note: { deckId: small } } }, orderBy: { due: "asc" } });
    const r = await recordReview(me, { studentCardId: other.id, expectedVersion: other.version, rating: "again", durationMs: 1000 }, NOW);
    expect(r.due.getTime() - NOW.getTime()).toBe(1 * MINUTE);
  });

  it("are read back, cleared to the account's, checked, and only the owner's", async () => {
    expect((await getDeckOptions(me, `deck:${big}`)).options).toEqual({ newCardsPerDay: null, maxReviewsPerDay: null, learningSteps: "5m 1h" });
    await updateDeckOptions(me, `deck:${big}`, { newCardsPerDay: null, maxReviewsPerDay: null, learningSteps: null });
    expect(await getDb().deck.findUniqueOrThrow({ where: { id: big }, select: { options: true } })).toEqual({ options: null });
    await expect(updateDeckOptions(me, `deck:${big}`, { newCardsPerDay: "-1", maxReviewsPerDay: null, learningSteps: "10m 5m" })).rejects.toMatchObject({
      fieldErrors: { newCardsPerDay: expect.stringContaining("can't be negative"), learningSteps: expect.stringContaining("must get longer") },
    });
    await expect(updateDeckOptions(me, `deck:${big}`, { newCardsPerDay: "x", maxReviewsPerDay: null, learningSteps: null })).rejects.toBeInstanceOf(ValidationError);
    const other = await makeUser("STUDENT", "Other");
    await expect(getDeckOptions(other, `deck:${big}`)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateDeckOptions(other, `deck:${big}`, { newCardsPerDay: "1", maxReviewsPerDay: null, learningSteps: null })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDeckOptions(me, "topic:rope")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("limit a deck's reviews per day", async () => {
    const student = await makeUser("STUDENT", "Reviewer");
    const deckId = (await createDeck(student, { name: "Due", description: "" })).id;
    for (let i = 0; i < 4; i++) await createOwnNote(student, { deckId, note: { kind: "basic", front: `r${i}`, back: "x", tags: [] } }, NOW);
    await getDb().studentCard.updateMany({ where: { userId: student.id }, data: { state: "REVIEW", stability: 5, difficulty: 5, reps: 3, lastReview: new Date(NOW.getTime() - 5 * 86_400_000), due: new Date(NOW.getTime() - 86_400_000) } });
    expect((await getReviewSession(student, NOW)).counts.review).toBe(4);
    await updateDeckOptions(student, `deck:${deckId}`, { newCardsPerDay: null, maxReviewsPerDay: "3", learningSteps: null });
    expect((await getReviewSession(student, NOW)).counts.review).toBe(3);
    await updateFlashcardSettings(student, { ...(await getFlashcardSettings(student)), maxReviewsPerDay: 2 });
    expect((await getReviewSession(student, NOW)).counts.review).toBe(2);
  });
});
