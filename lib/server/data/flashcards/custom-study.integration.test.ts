import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { makeUser, resetDatabase } from "@/test/integration/db-helpers";
import type { Actor } from "@/lib/server/data/actor";
import { createDeck } from "@/lib/server/data/decks/create-deck";
import { createOwnNote } from "@/lib/server/data/decks/create-own-note";
import { customStudySchema, getCustomStudy } from "./get-custom-study";
import { recordReview } from "./record-review";

const DAY = 86_400_000;
const NOW = new Date("2026-12-10T12:00:00Z");
let me: Actor;
let deckA: string;
let deckB: string;
const frontOf = (c: { front: { kind: string; markdown?: string } }) => c.front.markdown;
const study = (q: Record<string, string>, now = NOW) => getCustomStudy(me, customStudySchema.parse(q), now);

/** Rates a card at `at` as the session would, reading its current version. */
async function rate(front: string, rating: "again" | "good" | "easy", at: Date) {
  const sc = await getDb().studentCard.findFirstOrThrow({ where: { userId: me.id, card: { note: { content: { path: ["front"], equals: front } } } } });
  await recordReview(me, { studentCardId: sc.id, expectedVersion: sc.version, rating, durationMs: 1000 }, at);
}

beforeAll(async () => {
  await resetDatabase();
  me = await makeUser("STUDENT", "Cus Tom");
  deckA = (await createDeck(me, { name: "A", description: "" })).id;
  deckB = (await createDeck(me, { name: "B", description: "" })).id;
  const start = new Date(NOW.getTime() - 20 * DAY);
  for (const f of ["a1", "a2", "a3"]) await createOwnNote(me, { deckId: deckA, note: { kind: "basic", front: f, back: "x", tags: [] } }, start);
  for (const f of ["b1", "b2"]) await createOwnNote(me, { deckId: deckB, note: { kind: "basic", front: f, back: "x", tags: [] } }, start);
  // a1 forgotten 3 days ago, a2 forgotten 12 days ago, b1 learned well; a3 and b2 stay new.
  await rate("a1", "good", start);
  await rate("a1", "again", new Date(NOW.getTime() - 3 * DAY));
  await rate("a2", "again", new Date(NOW.getTime() - 12 * DAY));
  await rate("b1", "easy", new Date(NOW.getTime() - 2 * DAY));
});

describe("custom study", () => {
  it("finds the cards forgotten in the last N days, newest lapse first", async () => {
    expect((await study({ mode: "forgotten", days: "7" })).cards.map(frontOf)).toEqual(["a1"]);
    expect((await study({ mode: "forgotten", days: "14" })).cards.map(frontOf)).toEqual(["a1", "a2"]);
    expect((await study({ mode: "forgotten", days: "14", deck: `deck:${deckB}` })).cards).toEqual([]);
  });

  it("reviews ahead in one deck: cards due after today and within N days, never new ones", async () => {
    const b1 = await getDb().studentCard.findFirstOrThrow({ where: { userId: me.id, card: { note: { content: { path: ["front"], equals: "b1" } } } } });
    const daysAhead = Math.ceil((b1.due.getTime() - NOW.getTime()) / DAY) + 1;
    expect((await study({ mode: "ahead", days: String(daysAhead), deck: `deck:${deckB}` })).cards.map(frontOf)).toEqual(["b1"]);
    expect((await study({ mode: "ahead", days: "1", deck: `deck:${deckB}` })).cards).toEqual([]);
    // A deck is required for this kind of session.
    expect((await study({ mode: "ahead", days: "30" })).cards).toEqual([]);
  });

  it("gives a deck's cards in a random order fixed by the seed", async () => {
    const one = (await study({ mode: "random", deck: `deck:${deckA}`, seed: "11" })).cards.map(frontOf);
    expect([...one].sort()).toEqual(["a1", "a2", "a3"]);
    expect((await study({ mode: "random", deck: `deck:${deckA}`, seed: "11" })).cards.map(frontOf)).toEqual(one);
    const orders = new Set(await Promise.all([1, 2, 3, 4, 5, 6].map(async (s) => (await study({ mode: "random", deck: `deck:${deckA}`, seed: String(s) })).cards.map(frontOf).join())));
    expect(orders.size).toBeGreaterThan(1);
  });

  it("changes nothing by being read: the schedule moves only through reviews the student chose to record", async () => {
    const before = await getDb().studentCard.findMany({ where: { userId: me.id }, orderBy: { id: "asc" } });
    const logs = await getDb().reviewLog.count({ where: { userId: me.id } });
    for (const mode of ["forgotten", "ahead", "random"]) await study({ mode, days: "30", deck: `deck:${deckA}` });
    expect(await getDb().studentCard.findMany({ where: { userId: me.id }, orderBy: { id: "asc" } })).toEqual(before);
    expect(await getDb().reviewLog.count({ where: { userId: me.id } })).toBe(logs);
    // Someone else's deck gives nothing.
    const other = await makeUser("STUDENT", "Other");
    const theirs = (await createDeck(other, { name: "Theirs", description: "" })).id;
    expect((await study({ mode: "random", deck: `deck:${theirs}` })).cards).toEqual([]);
  });
});
