import { beforeAll, describe, expect, it } from "vitest";
import { markdownToAnkiHtml } from "@/lib/anki/anki-html";
import { readApkg } from "@/lib/anki/read-apkg";
import { loadSqlJs } from "@/lib/anki/sql-js";
import { ankiLayoutPackage, FIXTURE_CRT } from "@/lib/anki/test-support/anki-layout-package";
import { getDb } from "@/lib/server/db";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import { makeUser } from "@/test/integration/db-helpers";
import { resetWithBuiltInContent } from "@/test/integration/built-in-content";
import type { Actor } from "@/lib/server/data/actor";
import { recordReview } from "@/lib/server/data/flashcards/record-review";
import { getReviewSession } from "@/lib/server/data/flashcards/get-review-session";
import { createDeck } from "./create-deck";
import { createOwnNote } from "./create-own-note";
import { exportDeckApkg } from "./export-deck-apkg";
import { importApkg } from "./import-apkg";
import { getOwnDeck } from "./get-own-deck";

const NOW = new Date("2026-01-10T10:00:00Z");
const DAY_MS = 86_400_000;
let student: Actor;
let other: Actor;
let anki21: Uint8Array;
let anki2: Uint8Array;

beforeAll(async () => {
  await resetWithBuiltInContent();
  student = await makeUser("STUDENT", "Ana Anki");
  other = await makeUser("STUDENT", "Otto Other");
  const sql = await loadSqlJs();
  anki21 = ankiLayoutPackage(sql, "anki21");
  anki2 = ankiLayoutPackage(sql, "anki2");
});

async function deckRows(deckId: string) {
  return getDb().cardNote.findMany({
    where: { deckId },
    orderBy: { createdAt: "asc" },
    select: { kind: true, content: true, tags: true, source: true, cards: { orderBy: { ordinal: "asc" }, select: { ordinal: true, students: { select: { id: true, userId: true, state: true, due: true, suspended: true, reps: true, lapses: true, stability: true, difficulty: true, logs: { orderBy: { reviewedAt: "asc" }, select: { rating: true, reviewedAt: true, durationMs: true, stateBefore: true, before: true, firstOfDay: true } } } } } } },
  });
}

describe("importing an Anki package", () => {
  it("brings a package in Anki's anki21 layout into a new deck: notes, cards, scheduling and review history", async () => {
    const result = await importApkg(student, { into: "new", bytes: anki21 }, NOW);
    expect(result).toMatchObject({ deckName: "Attention", createdDeck: true, notes: 5, cards: 6, reviews: 9, alreadyThere: 0, otherCardsLeftOut: 1, images: 2, sounds: 0, mediaFiles: 2, layout: "collection.anki21" });
    expect(result.skipped).toEqual([
      { label: "note 4 “Diagram of the sliding window”", reason: "its back is empty once images and sounds are left out." },
      { label: "note 5 “perplexity”", reason: "its note type “Word only” has neither a front and back nor a cloze text." },
    ]);
    const notes = await deckRows(result.deckId);
    expect(notes.map((n) => n.kind)).toEqual(["BASIC", "BASIC", "CLOZE", "BASIC", "BASIC"]);
    expect(notes[0]).toMatchObject({ content: { front: "What does **RoPE** rotate?" }, tags: ["rope", "position-encoding"], source: { title: "Imported from Anki", ankiGuid: "Fh%3v!xQ(q" } });
    // Every card is the importer's own, and only theirs.
    const studentCards = notes.flatMap((n) => n.cards.flatMap((c) => c.students));
    expect(studentCards.every((s) => s.userId === student.id)).toBe(true);

    const rope = notes[0]!.cards[0]!.students[0]!;
    expect(rope).toMatchObject({ state: "REVIEW", reps: 5, lapses: 1, suspended: false, due: new Date((FIXTURE_CRT + 40 * 86_400) * 1000) });
    expect(rope.stability).toBeGreaterThan(0);
    expect(rope.logs.map((l) => [l.rating, l.stateBefore])).toEqual([["GOOD", "NEW"], ["GOOD", "LEARNING"], ["AGAIN", "REVIEW"], ["GOOD", "RELEARNING"], ["GOOD", "REVIEW"]]);
    expect(rope.logs[0]!.before).toMatchObject({ state: "new", reps: 0 });
    // The first-of-day flag comes from the database's trigger, as for reviews made here.
    expect(rope.logs.map((l) => l.firstOfDay)).toEqual([true, false, true, false, true]);

    const [kvForward] = notes[1]!.cards;
    expect(notes[1]!.cards).toHaveLength(1);
    expect(kvForward!.students[0]).toMatchObject({ state: "REVIEW", due: new Date((FIXTURE_CRT + 30 * 86_400) * 1000) });
    const [c1, c2] = notes[2]!.cards;
    expect(c1!.students[0]).toMatchObject({ state: "LEARNING", due: new Date((FIXTURE_CRT + 35 * 86_400 + 600) * 1000) });
    expect(c2!.students[0]).toMatchObject({ state: "NEW", suspended: true });
    // No history, SM-2 fields only: FSRS's conversion; its due day read from the filtered deck's odue.
    const lora = notes[3]!.cards[0]!.students[0]!;
    expect(lora).toMatchObject({ state: "REVIEW", stability: 30, due: new Date((FIXTURE_CRT + 50 * 86_400) * 1000), logs: [] });
    expect(notes[4]).toMatchObject({ content: { front: "What costs \\$5 in this sentence?" } });

    // The imported history is usable: undo works on a review made after it, and the deck lists its figures.
    const deck = await getOwnDeck(student, result.deckId, NOW);
    expect(deck.notes).toHaveLength(5);
  });

  it("reads the older anki2 layout the same way", async () => {
    const result = await importApkg(student, { into: "new", name: "Older layout", bytes: anki2 }, NOW);
    expect(result).toMatchObject({ deckName: "Older layout", notes: 5, cards: 6, reviews: 9, layout: "collection.anki2" });
  });

  it("names a new deck apart from the person's other decks", async () => {
    const result = await importApkg(student, { into: "new", bytes: anki2 }, NOW);
    expect(result.deckName).toBe("Attention (2)");
  });

  it("leaves notes imported before from the same Anki notes as they are, so importing twice adds nothing", async () => {
    const { id: deckId } = await createDeck(student, { name: "Twice", description: "" });
    const first = await importApkg(student, { into: deckId, bytes: anki21 }, NOW);
    const second = await importApkg(student, { into: deckId, bytes: anki21 }, NOW);
    expect(first.notes).toBe(5);
    expect(second).toMatchObject({ notes: 0, cards: 0, reviews: 0, alreadyThere: 5, createdDeck: false });
    expect(await getDb().cardNote.count({ where: { deckId } })).toBe(5);
  });

  it("counts each Anki note once when the same package is imported into one deck in parallel", async () => {
    const { id: deckId } = await createDeck(student, { name: "Parallel", description: "" });
    const results = await Promise.all(Array.from({ length: 4 }, () => importApkg(student, { into: deckId, bytes: anki21 }, NOW)));
    expect(results.map((r) => r.notes).sort()).toEqual([0, 0, 0, 5]);
    expect(await getDb().cardNote.count({ where: { deckId } })).toBe(5);
    expect(await getDb().reviewLog.count({ where: { card: { card: { note: { deckId } } } } })).toBe(9);
  });

  it("gives parallel imports into new decks distinct names", async () => {
    const results = await Promise.all(Array.from({ length: 3 }, () => importApkg(other, { into: "new", name: "Same name", bytes: anki2 }, NOW)));
    expect(results.map((r) => r.deckName).sort()).toEqual(["Same name", "Same name (2)", "Same name (3)"]);
  });

  it("refuses a damaged package whole, and someone else's deck as not found, writing nothing", async () => {
    const before = await getDb().cardNote.count();
    const decksBefore = await getDb().deck.count();
    await expect(importApkg(student, { into: "new", bytes: anki21.slice(0, anki21.length / 2) }, NOW)).rejects.toBeInstanceOf(ValidationError);
    const { id: othersDeck } = await createDeck(other, { name: "Not yours", description: "" });
    await expect(importApkg(student, { into: othersDeck, bytes: anki21 }, NOW)).rejects.toBeInstanceOf(NotFoundError);
    expect(await getDb().cardNote.count()).toBe(before);
    expect(await getDb().deck.count()).toBe(decksBefore + 1);
  });
});

describe("exporting a deck as an Anki package", () => {
  it("round-trips an own deck with its scheduling and history: export, then import, gives the same notes, states and reviews", async () => {
    // A student with nothing else to study, so the session shows these cards.
    const learner = await makeUser("STUDENT", "Lea Learner");
    const { id: deckId } = await createDeck(learner, { name: "Round trip", description: "Mine" });
    await createOwnNote(learner, { deckId, note: { kind: "basic", front: "What does $W_0 + BA$ stand for?", back: "A **LoRA**-adapted weight.", tags: ["lora"] } }, NOW);
    await createOwnNote(learner, { deckId, note: { kind: "cloze", text: "GQA shares {{c1::keys}} and {{c2::values}} across query heads.", tags: [] } }, NOW);
    // Study: the first card straight to review, a day later the next one into learning.
    let session = await getReviewSession(learner, NOW);
    const first = session.current!;
    await recordReview(learner, { studentCardId: first.studentCardId, rating: "easy", expectedVersion: first.version, durationMs: 4000 }, NOW);
    const later = new Date(NOW.getTime() + DAY_MS + 1234);
    session = await getReviewSession(learner, later);
    const second = session.current!;
    await recordReview(learner, { studentCardId: second.studentCardId, rating: "good", expectedVersion: second.version, durationMs: 3000 }, later);

    const exported = await exportDeckApkg(learner, { deck: `deck:${deckId}`, scheduling: true }, later);
    expect(exported).toMatchObject({ fileName: "round-trip.apkg", notes: 2 });
    const read = readApkg(await loadSqlJs(), exported.bytes);
    expect(read.notes.map((n) => n.kind)).toEqual(["basic", "cloze"]);
    expect(read.notes[0]!.fields[0]).toContain("\\(W_0 + BA\\)");
    expect(read.notes[1]!.cards.map((c) => c.ord)).toEqual([0, 1]);

    const imported = await importApkg(learner, { into: "new", bytes: exported.bytes }, later);
    expect(imported).toMatchObject({ deckName: "Round trip (2)", notes: 2, cards: 3, skipped: [] });
    const original = await deckRows(deckId);
    const copy = await deckRows(imported.deckId);
    // Markdown may come back spelled differently ("\\-" for "-"), but it renders the same.
    const rendered = (rows: typeof original) => rows.map((n) => [n.kind, Object.values(n.content as Record<string, string>).map(markdownToAnkiHtml), n.tags]);
    expect(rendered(copy)).toEqual(rendered(original));
    expect(copy[0]!.content).toMatchObject({ front: "What does $W_0 + BA$ stand for?" });
    const originalCards = original.flatMap((n) => n.cards.map((c) => c.students[0]!));
    const copiedCards = copy.flatMap((n) => n.cards.map((c) => c.students[0]!));
    expect(copiedCards.map((c) => [c.state, c.reps, c.lapses, c.logs.map((l) => [l.rating, l.reviewedAt.getTime(), l.durationMs])])).toEqual(
      originalCards.map((c) => [c.state, c.reps, c.lapses, c.logs.map((l) => [l.rating, l.reviewedAt.getTime(), l.durationMs])]),
    );
    // A review card's due date survives to the day (Anki keeps review dates as days).
    const reviewed = originalCards.findIndex((c) => c.state === "REVIEW");
    expect(Math.abs(copiedCards[reviewed]!.due.getTime() - originalCards[reviewed]!.due.getTime())).toBeLessThan(DAY_MS);
    // A learning card's due time survives to the second (Anki keeps it in epoch seconds).
    const learning = originalCards.findIndex((c) => c.state === "LEARNING");
    expect(copiedCards[learning]!.due.getTime()).toBe(Math.floor(originalCards[learning]!.due.getTime() / 1000) * 1000);
    // The memory state replays from the same history with the same settings.
    for (const i of [reviewed, learning]) expect(copiedCards[i]!.stability).toBeCloseTo(originalCards[i]!.stability, 6);
  });

  it("exports without scheduling as new cards, and a topic's deck with computed cards as fixed examples", async () => {
    const topicDeck = await exportDeckApkg(student, { deck: "topic:sliding-window-attention", scheduling: false }, NOW);
    const read = readApkg(await loadSqlJs(), topicDeck.bytes);
    const total = await getDb().cardNote.count({ where: { topic: { slug: "sliding-window-attention" } } });
    expect(read.notes).toHaveLength(total);
    const cards = read.notes.flatMap((n) => n.cards);
    expect(cards.every((c) => c.columns.type === 0 && c.revlog.length === 0)).toBe(true);
    const computed = read.notes.filter((n) => n.fields[1]!.includes("fresh numbers at every review"));
    expect(computed.length).toBe(await getDb().cardNote.count({ where: { topic: { slug: "sliding-window-attention" }, kind: "COMPUTED" } }));
    expect(computed[0]!.fields[1]).toContain("<strong>Answer:</strong>");
    // The same note exports the same example every time, with the same guid.
    const again = readApkg(await loadSqlJs(), (await exportDeckApkg(other, { deck: "topic:sliding-window-attention", scheduling: false }, NOW)).bytes);
    expect(again.notes.map((n) => [n.guid, n.fields])).toEqual(read.notes.map((n) => [n.guid, n.fields]));
  });

  it("keeps own decks private and names unknown topics", async () => {
    const { id } = await createDeck(student, { name: "Private", description: "" });
    await expect(exportDeckApkg(other, { deck: `deck:${id}`, scheduling: true }, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportDeckApkg(other, { deck: "topic:no-such-topic", scheduling: true }, NOW)).rejects.toBeInstanceOf(NotFoundError);
  });
});
