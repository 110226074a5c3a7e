import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/server/errors";
import { makeUser, resetDatabase } from "@/test/integration/db-helpers";
import type { Actor } from "@/lib/server/data/actor";
import { getReviewSession } from "@/lib/server/data/flashcards/get-review-session";
import { recordReview } from "@/lib/server/data/flashcards/record-review";
import { listCardNotes } from "@/lib/server/data/card-notes/list-card-notes";
import { getCardNote } from "@/lib/server/data/card-notes/get-card-note";
import { createDeck } from "./create-deck";
import { createOwnNote } from "./create-own-note";
import { deleteDeck } from "./delete-deck";
import { deleteOwnNote } from "./delete-own-note";
import { getOwnDeck } from "./get-own-deck";
import { getOwnNote } from "./get-own-note";
import { listOwnDecks } from "./list-own-decks";
import { getFlashcardSettings } from "@/lib/server/data/flashcards/get-flashcard-settings";
import { updateFlashcardSettings } from "@/lib/server/data/flashcards/update-flashcard-settings";
import { updateDeck } from "./update-deck";
import { updateOwnNote } from "./update-own-note";

const NOW = new Date("2026-12-07T10:00:00Z");
let owner: Actor;
let other: Actor;
let admin: Actor;

beforeAll(async () => {
  await resetDatabase();
  owner = await makeUser("STUDENT", "Olive Owner");
  other = await makeUser("STUDENT", "Otto Other");
  admin = await makeUser("ADMIN", "Ada Admin");
});

describe("own decks", () => {
  it("are created with unique names per person, listed with their figures, and renamed", async () => {
    const { id } = await createDeck(owner, { name: "Papers I read", description: "" });
    await expect(createDeck(owner, { name: "Papers I read", description: "" })).rejects.toBeInstanceOf(ConflictError);
    // Another person may use the same name.
    await createDeck(other, { name: "Papers I read", description: "" });
    await updateDeck(owner, { deckId: id, name: "Papers", description: "From arXiv" });
    await expect(updateDeck(other, { deckId: id, name: "Mine now", description: "" })).rejects.toBeInstanceOf(NotFoundError);
    const decks = await listOwnDecks(owner, NOW);
    expect(decks).toEqual([{ id, name: "Papers", description: "From arXiv", notes: 0, cards: 0, reviews: 0, due: 0, fresh: 0 }]);
  });

  it("hold basic and cloze notes whose cards join the owner's queue and only theirs", async () => {
    const { id: deckId } = await createDeck(owner, { name: "Queue deck", description: "" });
    const basic = await createOwnNote(owner, { deckId, note: { kind: "basic", front: "What does $W_0 + BA$ stand for?", back: "A LoRA-adapted weight.", tags: ["lora"] } }, NOW);
    const cloze = await createOwnNote(owner, { deckId, note: { kind: "cloze", text: "GQA shares {{c1::keys}} and {{c2::values}} across query heads.", tags: [] } }, NOW);
    expect(basic.cards).toBe(1);
    expect(cloze.cards).toBe(2);
    const session = await getReviewSession(owner, NOW);
    // A cloze note's cards are siblings: one of them a day, the other buried until tomorrow.
    expect(session.counts.new).toBe(2);
    expect(session.current?.front).toMatchObject({ kind: "basic" });
    expect(JSON.stringify(session.current?.front)).toContain("W_0 + BA");
    // The other student never gets them.
    expect((await getReviewSession(other, NOW)).counts.new).toBe(0);
    expect(await getDb().studentCard.count({ where: { userId: other.id } })).toBe(0);

    // Reviewed with the same scheduler.
    const rated = await recordReview(owner, { studentCardId: session.current!.studentCardId, expectedVersion: session.current!.version, rating: "good", durationMs: 4000 }, NOW);
    expect(rated).toBeTruthy();
    const deck = await getOwnDeck(owner, deckId, NOW);
    expect(deck.figures).toMatchObject({ notes: 2, cards: 3, reviews: 1 });
    expect(deck.notes.map((n) => n.kind)).toEqual(["cloze", "basic"]);
  });

  it("give both cloze siblings on the same day once burying siblings is turned off", async () => {
    const student = await makeUser("STUDENT", "Sid Siblings");
    const { id: deckId } = await createDeck(student, { name: "Siblings", description: "" });
    await createOwnNote(student, { deckId, note: { kind: "cloze", text: "{{c1::Keys}} and {{c2::values}} are cached.", tags: [] } }, NOW);
    expect((await getReviewSession(student, NOW)).counts.new).toBe(1);
    await getDb().studentCard.updateMany({ where: { userId: student.id }, data: { buriedUntil: null } });
    await updateFlashcardSettings(student, { ...(await getFlashcardSettings(student)), burySiblings: false });
    expect((await getReviewSession(student, NOW)).counts.new).toBe(2);
  });

  it("are private: nobody else reads, edits or deletes them, and the admin card list never shows them", async () => {
    const { id: deckId } = await createDeck(owner, { name: "Private deck", description: "" });
    const { id: noteId } = await createOwnNote(owner, { deckId, note: { kind: "basic", front: "Secret front", back: "Secret back", tags: [] } }, NOW);
    for (const actor of [other, admin]) {
      await expect(getOwnDeck(actor, deckId, NOW)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getOwnNote(actor, noteId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(updateOwnNote(actor, { noteId, note: { kind: "basic", front: "x", back: "y", tags: [] } }, NOW)).rejects.toBeInstanceOf(NotFoundError);
      await expect(deleteOwnNote(actor, noteId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(deleteDeck(actor, { deckId, confirmedCards: 99, confirmedReviews: 99 }, NOW)).rejects.toBeInstanceOf(NotFoundError);
      await expect(createOwnNote(actor, { deckId, note: { kind: "basic", front: "x", back: "y", tags: [] } }, NOW)).rejects.toBeInstanceOf(NotFoundError);
    }
    const listed = await listCardNotes(admin, {}, 1);
    expect(JSON.stringify(listed)).not.toContain("Secret front");
    const key = (await getDb().cardNote.findUniqueOrThrow({ where: { id: noteId } })).key;
    await expect(getCardNote(admin, key)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("keep a cloze card's progress when its deletion survives an edit, and refuse a change of kind", async () => {
    const { id: deckId } = await createDeck(owner, { name: "Edit deck", description: "" });
    const { id: noteId } = await createOwnNote(owner, { deckId, note: { kind: "cloze", text: "{{c1::RoPE}} rotates {{c2::pairs}}.", tags: [] } }, NOW);
    const c1 = await getDb().studentCard.findFirstOrThrow({ where: { userId: owner.id, card: { noteId, ordinal: 1 } } });
    await getDb().studentCard.update({ where: { id: c1.id }, data: { reps: 3, state: "REVIEW" } });
    const r = await updateOwnNote(owner, { noteId, note: { kind: "cloze", text: "{{c1::RoPE}} rotates {{c3::dimension pairs}}.", tags: [] } }, NOW);
    expect(r).toEqual({ added: 1, removed: 1 });
    const kept = await getDb().studentCard.findUniqueOrThrow({ where: { id: c1.id } });
    expect(kept.reps).toBe(3);
    expect((await getOwnNote(owner, noteId)).note).toEqual({ kind: "cloze", text: "{{c1::RoPE}} rotates {{c3::dimension pairs}}.", tags: [] });
    await expect(updateOwnNote(owner, { noteId, note: { kind: "basic", front: "a", back: "b", tags: [] } }, NOW)).rejects.toBeInstanceOf(ValidationError);
  });

  it("say what deleting loses, and refuse when the deck holds more than the owner was told", async () => {
    const { id: deckId } = await createDeck(owner, { name: "Doomed deck", description: "" });
    const { id: noteId } = await createOwnNote(owner, { deckId, note: { kind: "cloze", text: "{{c1::a}} {{c2::b}}", tags: [] } }, NOW);
    await createOwnNote(owner, { deckId, note: { kind: "basic", front: "f", back: "b", tags: [] } }, NOW);
    await expect(deleteDeck(owner, { deckId, confirmedCards: 2, confirmedReviews: 0 }, NOW)).rejects.toBeInstanceOf(ConflictError);
    expect(await deleteOwnNote(owner, noteId)).toEqual({ cards: 2, reviews: 0, deckId });
    expect(await deleteDeck(owner, { deckId, confirmedCards: 1, confirmedReviews: 0 }, NOW)).toEqual({ cards: 1, reviews: 0 });
    expect(await getDb().cardNote.count({ where: { deckId } })).toBe(0);
  });

  it("take parallel notes without losing any", async () => {
    const { id: deckId } = await createDeck(owner, { name: "Busy deck", description: "" });
    await Promise.all(Array.from({ length: 8 }, (_, i) => createOwnNote(owner, { deckId, note: { kind: "basic", front: `Front ${i}`, back: "Back", tags: [] } }, NOW)));
    expect((await getOwnDeck(owner, deckId, NOW)).figures).toMatchObject({ notes: 8, cards: 8 });
  });
});
