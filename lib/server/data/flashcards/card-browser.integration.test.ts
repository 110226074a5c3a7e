import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import { makeUser, resetDatabase } from "@/test/integration/db-helpers";
import type { Actor } from "@/lib/server/data/actor";
import { createDeck } from "@/lib/server/data/decks/create-deck";
import { createOwnNote } from "@/lib/server/data/decks/create-own-note";
import { browseCards, browseCardsSchema } from "./browse-cards";
import { bulkUpdateCards } from "./bulk-update-cards";
import { getCardDetails } from "./get-card-details";
import { recordReview } from "./record-review";

const NOW = new Date("2026-12-07T10:00:00Z");
let me: Actor;
let other: Actor;
let papers: string;
let math: string;

const browse = (q: Record<string, string>, now = NOW) => browseCards(me, browseCardsSchema.parse(q), now);
const idsOf = async (q: Record<string, string>) => (await browse(q)).rows.map((r) => r.front);

beforeAll(async () => {
  await resetDatabase();
  me = await makeUser("STUDENT", "Bea Browser");
  other = await makeUser("STUDENT", "Otto Other");
  papers = (await createDeck(me, { name: "Papers", description: "" })).id;
  math = (await createDeck(me, { name: "Math", description: "" })).id;
  await createOwnNote(me, { deckId: papers, note: { kind: "basic", front: "LoRA rank", back: "r", tags: ["lora"] } }, NOW);
  await createOwnNote(me, { deckId: papers, note: { kind: "basic", front: "QLoRA base", back: "NF4", tags: ["quant"] } }, new Date(NOW.getTime() + 1000));
  await createOwnNote(me, { deckId: math, note: { kind: "cloze", text: "Softmax of {{c1::logits}}", tags: [] } }, new Date(NOW.getTime() + 2000));
});

describe("card browser", () => {
  it("searches text, deck and tag, case-insensitively", async () => {
    expect(await idsOf({ q: "lora" })).toEqual(["LoRA rank", "QLoRA base"]);
    expect(await idsOf({ deck: `deck:${math}` })).toEqual(["Softmax of […]"]);
    expect(await idsOf({ tag: "quant" })).toEqual(["QLoRA base"]);
    // A deck that isn't the actor's matches nothing.
    const theirs = (await createDeck(other, { name: "Theirs", description: "" })).id;
    expect(await idsOf({ deck: `deck:${theirs}` })).toEqual([]);
    expect((await browse({})).decks.map((d) => d.label)).toEqual(["Math", "Papers"]);
  });

  it("filters by state and due date and sorts", async () => {
    const [first] = (await browse({ q: "LoRA rank" })).rows;
    const details = await getCardDetails(me, first!.studentCardId, NOW);
    await recordReview(me, { studentCardId: first!.studentCardId, expectedVersion: details.version, rating: "easy", durationMs: 2000 }, NOW);
    expect(await idsOf({ state: "new" })).toEqual(["QLoRA base", "Softmax of […]"]);
    expect(await idsOf({ state: "review" })).toEqual(["LoRA rank"]);
    // Not due today after an Easy; due within 30 days. New cards never count as due.
    expect(await idsOf({ due: "today" })).toEqual([]);
    expect(await idsOf({ due: "month" })).toEqual(["LoRA rank"]);
    expect(await idsOf({ sort: "added", dir: "desc" })).toEqual(["Softmax of […]", "QLoRA base", "LoRA rank"]);
    expect(await idsOf({ sort: "reviews", dir: "desc" })).toEqual(expect.arrayContaining(["LoRA rank"]));
    expect((await idsOf({ sort: "reviews", dir: "desc" }))[0]).toBe("LoRA rank");
  });

  it("shows a card's history and how likely it is to be recalled now", async () => {
    const [row] = (await browse({ q: "LoRA rank" })).rows;
    const d = await getCardDetails(me, row!.studentCardId, new Date(NOW.getTime() + 3 * 86_400_000));
    expect(d.history).toEqual([expect.objectContaining({ rating: "easy", stateBefore: "new" })]);
    expect(d.retrievability).toBeGreaterThan(0.5);
    expect(d.retrievability).toBeLessThan(1);
    expect(d.back).toEqual({ kind: "basic", markdown: "r" });
    expect(d.ownNoteId).toBeTruthy();
    await expect(getCardDetails(other, row!.studentCardId, NOW)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("bulk changes", () => {
  it("suspend and unsuspend, counting each card once however often the same change is sent at once", async () => {
    const rows = (await browse({ deck: `deck:${papers}` })).rows;
    const ids = rows.map((r) => r.studentCardId);
    const before = await getDb().studentCard.findMany({ where: { id: { in: ids } }, select: { id: true, version: true } });
    const results = await Promise.all(Array.from({ length: 6 }, () => bulkUpdateCards(me, { studentCardIds: ids, change: "suspend" }, NOW)));
    expect(results.reduce((s, r) => s + r.changed, 0)).toBe(2);
    const after = await getDb().studentCard.findMany({ where: { id: { in: ids } }, select: { id: true, version: true, suspended: true } });
    for (const a of after) expect(a).toMatchObject({ suspended: true, version: before.find((b) => b.id === a.id)!.version + 1 });
    expect(await idsOf({ state: "suspended" })).toHaveLength(2);
    expect(await bulkUpdateCards(me, { studentCardIds: ids, change: "unsuspend" }, NOW)).toEqual({ changed: 2, skipped: 0 });
  });

  it("reset a card to new, clearing its memory state and the leech tag, keeping its log", async () => {
    const [row] = (await browse({ q: "LoRA rank" })).rows;
    await getDb().studentCard.update({ where: { id: row!.studentCardId }, data: { tags: ["leech"], lapses: 8 } });
    await bulkUpdateCards(me, { studentCardIds: [row!.studentCardId], change: "reset" }, NOW);
    const card = await getDb().studentCard.findUniqueOrThrow({ where: { id: row!.studentCardId } });
    expect(card).toMatchObject({ state: "NEW", reps: 0, lapses: 0, stability: 0, tags: [], lastReview: null, due: NOW });
    expect(await getDb().reviewLog.count({ where: { studentCardId: card.id } })).toBe(1);
  });

  it("move own notes whole to another own deck, and refuse someone else's cards without changing anything", async () => {
    const cloze = (await browse({ deck: `deck:${math}` })).rows;
    expect(await bulkUpdateCards(me, { studentCardIds: cloze.map((r) => r.studentCardId), change: "move", deckId: papers }, NOW)).toEqual({ changed: 1, skipped: 0 });
    expect(await idsOf({ deck: `deck:${math}` })).toEqual([]);
    expect((await idsOf({ deck: `deck:${papers}` })).sort()).toEqual(["LoRA rank", "QLoRA base", "Softmax of […]"]);

    const theirDeck = (await createDeck(other, { name: "Other's", description: "" })).id;
    const [theirNote] = [await createOwnNote(other, { deckId: theirDeck, note: { kind: "basic", front: "Theirs", back: "x", tags: [] } }, NOW)];
    const theirCard = await getDb().studentCard.findFirstOrThrow({ where: { userId: other.id, card: { noteId: theirNote.id } } });
    const mine = (await browse({})).rows.map((r) => r.studentCardId);
    await expect(bulkUpdateCards(me, { studentCardIds: [...mine, theirCard.id], change: "suspend" }, NOW)).rejects.toBeInstanceOf(NotFoundError);
    expect(await getDb().studentCard.count({ where: { userId: me.id, suspended: true } })).toBe(0);
    await expect(bulkUpdateCards(me, { studentCardIds: mine, change: "move", deckId: theirDeck }, NOW)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuse to move topic-deck cards", async () => {
    const topic = await getDb().topic.upsert({ where: { slug: "sliding-window-attention" }, create: { slug: "sliding-window-attention", title: "SWA", summary: "s", order: 1 }, update: {} });
    const note = await getDb().cardNote.create({
      data: { key: "browser-topic-note", topicId: topic.id, kind: "BASIC", content: { front: "Topic card", back: "b" }, tags: [], source: {}, contentHash: "h", cards: { create: { ordinal: 1, siblingKey: "k" } } },
      select: { cards: { select: { id: true } } },
    });
    const sc = await getDb().studentCard.create({ data: { userId: me.id, cardId: note.cards[0]!.id, due: NOW, tags: [] } });
    await expect(bulkUpdateCards(me, { studentCardIds: [sc.id], change: "move", deckId: papers }, NOW)).rejects.toBeInstanceOf(ValidationError);
  });
});
