import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import { makeUser } from "@/test/integration/db-helpers";
import { resetWithBuiltInContent } from "@/test/integration/built-in-content";
import type { SrsRating } from "@/lib/flashcards/card";
import { addDeck } from "./add-deck";
import { getReviewView } from "./get-review-view";
import { rateCard } from "./rate-card";
import { updateFlashcardSettings } from "./update-flashcard-settings";
import { getFlashcardSettings } from "./get-flashcard-settings";
import { removeDeck } from "./remove-deck";
import { updateDeckOptions } from "./deck-options-data";
import { createDeck } from "@/lib/server/data/decks/create-deck";
import { createOwnNote } from "@/lib/server/data/decks/create-own-note";
import type { Actor } from "@/lib/server/data/actor";

const start = new Date("2026-05-01T09:00:00Z");

beforeAll(async () => {
  await resetWithBuiltInContent();
});

describe("rateCard (rate, then the next card, sharing one read of the student's context)", () => {
  it("returns the same session a fresh read returns, rating after rating", async () => {
    const student = await makeUser();
    for (const topic of ["quantization", "rope"]) await addDeck(student, { topic }, start);
    // Own settings: a time zone far from UTC and a small new-card limit, so the shared context matters.
    await getDb().user.update({ where: { id: student.id }, data: { timeZone: "Pacific/Kiritimati" } });
    const settings = await getFlashcardSettings(student);
    await updateFlashcardSettings(student, { ...settings, newCardsPerDay: 3, learningSteps: "2m 15m" });
    let now = start;
    let view = await getReviewView(student, now);
    const ratings: SrsRating[] = ["again", "good", "hard", "good", "easy", "good", "again", "good"];
    for (const rating of ratings) {
      const current = view.current!;
      const { review, session } = await rateCard(student, { studentCardId: current.studentCardId, expectedVersion: current.version, rating, durationMs: 2000 }, now);
      expect(review.version).toBe(current.version + 1);
      expect(session).toEqual(await getReviewView(student, now));
      view = session;
      if (!view.current) break;
      now = new Date(now.getTime() + 3 * 60_000);
    }
    expect(await getDb().reviewLog.count({ where: { userId: student.id } })).toBeGreaterThanOrEqual(3);
  });

  /** Rates `studentCardId` and checks the session returned against a fresh read (the rating's own read saw the card before it). */
  async function rateAndCompare(student: Actor, studentCardId: string, rating: SrsRating, now: Date) {
    const version = (await getDb().studentCard.findUniqueOrThrow({ where: { id: studentCardId } })).version;
    const { review, session } = await rateCard(student, { studentCardId, expectedVersion: version, rating, durationMs: 1500 }, now);
    expect(session).toEqual(await getReviewView(student, now));
    return { review, session };
  }

  it("takes a rated new card off a full page of new cards, and still fills the day's limit", async () => {
    const student = await makeUser();
    for (const topic of ["quantization", "rope", "peft"]) await addDeck(student, { topic }, start);
    const settings = await getFlashcardSettings(student);
    // A page of 1 × 2 + 16 = 18 new cards, fewer than the three decks hold: the page read is full.
    await updateFlashcardSettings(student, { ...settings, newCardsPerDay: 1 });
    const { current } = await getReviewView(student, start);
    expect(current!.kind).toBe("new");
    const { session } = await rateAndCompare(student, current!.studentCardId, "easy", start);
    expect(session.counts.new).toBe(0);
    await updateFlashcardSettings(student, { ...settings, newCardsPerDay: 2 });
    const next = await getReviewView(student, start);
    expect(next.counts.new).toBe(1);
    await rateAndCompare(student, next.current!.studentCardId, "good", start);
  });

  it("leaves out a card its rating made a leech (suspended), a card buried until later, and a card of a removed deck", async () => {
    const student = await makeUser();
    await addDeck(student, { topic: "rlhf" }, start);
    await addDeck(student, { topic: "peft" }, start);
    const settings = await getFlashcardSettings(student);
    await updateFlashcardSettings(student, { ...settings, leechThreshold: 2 });
    const cards = await getDb().studentCard.findMany({ where: { userId: student.id, deckKey: { startsWith: "t:" } }, orderBy: { id: "asc" }, take: 3 });
    const lastReview = new Date(start.getTime() - 5 * 86_400_000);
    // A review card one lapse from the leech threshold, due now.
    await getDb().studentCard.update({
      where: { id: cards[0]!.id },
      data: { state: "REVIEW", due: start, stability: 5, difficulty: 5, reps: 4, lapses: 1, lastReview, scheduledDays: 5, elapsedDays: 5 },
    });
    const leech = await rateAndCompare(student, cards[0]!.id, "again", start);
    expect(leech.review.becameLeech).toBe(true);
    expect((await getDb().studentCard.findUniqueOrThrow({ where: { id: cards[0]!.id } })).suspended).toBe(true);

    // Buried until tomorrow (a sibling was studied), then rated anyway from another client.
    await getDb().studentCard.update({ where: { id: cards[1]!.id }, data: { buriedUntil: new Date(start.getTime() + 86_400_000) } });
    await rateAndCompare(student, cards[1]!.id, "again", start);

    // Its deck removed: the card stays the student's, but leaves the queue.
    const peftCard = await getDb().studentCard.findFirstOrThrow({ where: { userId: student.id, deckKey: { startsWith: "t:" }, NOT: { deckKey: cards[0]!.deckKey } } });
    await removeDeck(student, { topic: "peft" });
    await rateAndCompare(student, peftCard.id, "again", start);
  });

  it("keeps the sibling of a rated card away for the rest of the day, with and without burying siblings", async () => {
    for (const burySiblings of [true, false]) {
      const student = await makeUser();
      const settings = await getFlashcardSettings(student);
      await updateFlashcardSettings(student, { ...settings, burySiblings });
      const deckId = (await createDeck(student, { name: "Pairs", description: "" })).id;
      await createOwnNote(student, { deckId, note: { kind: "cloze", text: "{{c1::Queries}} attend to {{c2::keys}}", tags: [] } }, start);
      const { current, counts } = await getReviewView(student, start);
      expect(counts.new).toBe(burySiblings ? 1 : 2);
      const { session } = await rateAndCompare(student, current!.studentCardId, "easy", start);
      expect(session.counts.new).toBe(burySiblings ? 0 : 1);
    }
  });

  const asReview = { state: "REVIEW" as const, due: start, stability: 3, difficulty: 5, reps: 2, lastReview: new Date(start.getTime() - 3 * 86_400_000), scheduledDays: 3, elapsedDays: 3 };

  it("buries a due sibling of a card rated outside the queue", async () => {
    const student = await makeUser();
    const settings = await getFlashcardSettings(student);
    await updateFlashcardSettings(student, { ...settings, newCardsPerDay: 0 });
    const deckId = (await createDeck(student, { name: "Pairs", description: "" })).id;
    await createOwnNote(student, { deckId, note: { kind: "cloze", text: "{{c1::Queries}} attend to {{c2::keys}}", tags: [] } }, start);
    const [fresh, sibling] = await getDb().studentCard.findMany({ where: { userId: student.id }, orderBy: { card: { ordinal: "asc" } } });
    await getDb().studentCard.update({ where: { id: sibling!.id }, data: asReview });
    // The queue shows the sibling; the new card is past the day's (zero) limit, so nothing buried it.
    expect((await getReviewView(student, start)).current!.studentCardId).toBe(sibling!.id);
    // "Easy" sends the new card days ahead: only today's review of it keeps the sibling away.
    const { session } = await rateAndCompare(student, fresh!.id, "easy", start);
    expect(session.counts).toEqual({ learning: 0, review: 0, new: 0 });
  });

  it("counts a review against the day's limits of its deck and of the account", async () => {
    const student = await makeUser();
    const settings = await getFlashcardSettings(student);
    await updateFlashcardSettings(student, { ...settings, newCardsPerDay: 0, maxReviewsPerDay: 100 });
    // Two own decks of three due reviews each (of different notes, so none is buried); the first allows two a day.
    const [first, second] = [(await createDeck(student, { name: "First", description: "" })).id, (await createDeck(student, { name: "Second", description: "" })).id];
    for (const deckId of [first, second]) {
      for (const word of ["one", "two", "three"]) await createOwnNote(student, { deckId, note: { kind: "basic", front: `Front ${word}`, back: "Back", tags: [] } }, start);
    }
    await getDb().studentCard.updateMany({ where: { userId: student.id }, data: asReview });
    await updateDeckOptions(student, `deck:${first}`, { newCardsPerDay: null, maxReviewsPerDay: 2, learningSteps: null });
    expect((await getReviewView(student, start)).counts.review).toBe(5);
    const inFirst = await getDb().studentCard.findFirstOrThrow({ where: { userId: student.id, deckKey: `d:${first}` } });
    // The first deck has 1 left, the second its 3.
    expect((await rateAndCompare(student, inFirst.id, "good", start)).session.counts.review).toBe(4);
    // The account allows 3 a day, 1 done: a rating leaves 1.
    await updateFlashcardSettings(student, { ...settings, newCardsPerDay: 0, maxReviewsPerDay: 3 });
    const inSecond = await getDb().studentCard.findFirstOrThrow({ where: { userId: student.id, deckKey: `d:${second}` } });
    expect((await rateAndCompare(student, inSecond.id, "good", start)).session.counts.review).toBe(1);
  });

  it("counts a card rated from 8 tabs at once exactly once", async () => {
    const student = await makeUser();
    await addDeck(student, { topic: "rlhf" }, start);
    const { current } = await getReviewView(student, start);
    const id = current!.studentCardId;
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => rateCard(student, { studentCardId: id, expectedVersion: current!.version, rating: i % 2 ? "good" : "easy", durationMs: 500 }, start)),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(7);
    for (const error of lost) expect(error).toBeInstanceOf(ConflictError);
    const row = await getDb().studentCard.findUniqueOrThrow({ where: { id } });
    expect(row.version).toBe(current!.version + 1);
    expect(await getDb().reviewLog.count({ where: { studentCardId: id } })).toBe(1);
  });

  it("refuses someone else's card as missing and writes nothing", async () => {
    const [owner, other] = [await makeUser(), await makeUser()];
    await addDeck(owner, { topic: "peft" }, start);
    const { current } = await getReviewView(owner, start);
    const attempt = rateCard(other, { studentCardId: current!.studentCardId, expectedVersion: current!.version, rating: "good", durationMs: 1 }, start);
    await expect(attempt).rejects.toThrow(NotFoundError);
    expect(await getDb().reviewLog.count({ where: { studentCardId: current!.studentCardId } })).toBe(0);
    expect((await getDb().studentCard.findUniqueOrThrow({ where: { id: current!.studentCardId } })).version).toBe(current!.version);
  });
});
