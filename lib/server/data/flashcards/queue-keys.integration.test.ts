import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { makeUser } from "@/test/integration/db-helpers";
import { resetWithBuiltInContent } from "@/test/integration/built-in-content";
import { createDeck } from "@/lib/server/data/decks/create-deck";
import { createOwnNote } from "@/lib/server/data/decks/create-own-note";
import { updateOwnNote } from "@/lib/server/data/decks/update-own-note";
import { addDeck } from "./add-deck";
import { browseCards, browseCardsSchema } from "./browse-cards";
import { bulkUpdateCards } from "./bulk-update-cards";
import { getReviewView } from "./get-review-view";

const NOW = new Date("2026-12-07T10:00:00Z");

/** Student cards whose copied sibling key or deck differ from their card's and note's. */
async function staleCopies(): Promise<number> {
  const [row] = await getDb().$queryRaw<{ stale: number }[]>`
    SELECT COUNT(*)::int AS stale FROM "StudentCard" sc JOIN "Card" c ON c."id" = sc."cardId" JOIN "CardNote" n ON n."id" = c."noteId"
    WHERE sc."siblingKey" <> c."siblingKey" OR sc."deckKey" <> COALESCE('t:' || n."topicId", 'd:' || n."deckId")`;
  return row!.stale;
}

beforeAll(async () => {
  await resetWithBuiltInContent();
});

describe("the queue's copies of sibling key and deck on each student card", () => {
  it("are right after adding topic decks, writing own notes, editing a cloze into more cards and moving notes", async () => {
    const me = await makeUser();
    for (const topic of ["rope", "peft"]) await addDeck(me, { topic }, NOW);
    const papers = (await createDeck(me, { name: "Papers", description: "" })).id;
    const math = (await createDeck(me, { name: "Math", description: "" })).id;
    const note = await createOwnNote(me, { deckId: math, note: { kind: "cloze", text: "Softmax of {{c1::logits}}", tags: [] } }, NOW);
    await updateOwnNote(me, { noteId: note.id, note: { kind: "cloze", text: "{{c2::Softmax}} of {{c1::logits}}", tags: [] } }, NOW);
    expect(await getDb().studentCard.count({ where: { userId: me.id, deckKey: `d:${math}` } })).toBe(2);

    const cloze = (await browseCards(me, browseCardsSchema.parse({ deck: `deck:${math}` }), NOW)).rows;
    await bulkUpdateCards(me, { studentCardIds: cloze.map((r) => r.studentCardId), change: "move", deckId: papers }, NOW);
    expect(await getDb().studentCard.count({ where: { userId: me.id, deckKey: `d:${papers}` } })).toBe(2);
    expect(await getDb().studentCard.count({ where: { userId: me.id, deckKey: `d:${math}` } })).toBe(0);
    expect(await staleCopies()).toBe(0);

    // The queue finds the moved cards in their new deck, and siblings still come one a day.
    const { counts } = await getReviewView(me, NOW);
    const rows = (await browseCards(me, browseCardsSchema.parse({ deck: `deck:${papers}` }), NOW)).rows;
    expect(rows).toHaveLength(2);
    expect(counts.new).toBeGreaterThan(0);
  });
});
