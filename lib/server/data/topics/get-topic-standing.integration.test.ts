import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import { makeUser } from "@/test/integration/db-helpers";
import { resetWithBuiltInContent } from "@/test/integration/built-in-content";
import { addDeck } from "@/lib/server/data/flashcards/add-deck";
import { setCardFlags } from "@/lib/server/data/flashcards/set-card-flags";
import { getTopicStanding } from "./get-topic-standing";

const now = new Date("2026-05-01T09:00:00Z");

beforeAll(async () => {
  await resetWithBuiltInContent();
});

describe("getTopicStanding", () => {
  it("gives a newcomer no mastery yet and the deck to add, with its size", async () => {
    const student = await makeUser();
    const standing = await getTopicStanding(student, "rope", now);
    const templates = await getDb().questionTemplate.count({ where: { topic: { slug: "rope" }, isLatest: true, status: "ACTIVE" } });
    const cards = await getDb().card.count({ where: { note: { topic: { slug: "rope" } } } });
    expect(standing).toEqual({ mastery: { mastered: 0, answered: 0, total: templates, ratio: 0 }, deck: { subscribed: false, cards, due: 0, unseen: 0 } });
  });

  it("counts the student's own cards, due and not yet studied, leaving out suspended and buried ones", async () => {
    const student = await makeUser();
    const other = await makeUser();
    await addDeck(student, { topic: "rope" }, now);
    await addDeck(other, { topic: "rope" }, now);
    const dealt = await getDb().studentCard.findMany({ where: { userId: student.id }, orderBy: { id: "asc" }, select: { id: true } });
    expect(dealt.length).toBeGreaterThan(2);
    await setCardFlags(student, { studentCardId: dealt[0]!.id, change: "suspend" }, now);
    await setCardFlags(student, { studentCardId: dealt[1]!.id, change: "bury" }, now);
    expect((await getTopicStanding(student, "rope", now)).deck).toMatchObject({ subscribed: true, due: 0, unseen: dealt.length - 2 });
    // A studied card falls due again: it counts as due, not unseen.
    await getDb().studentCard.update({ where: { id: dealt[2]!.id }, data: { state: "REVIEW", due: new Date(now.getTime() - 60_000) } });
    expect((await getTopicStanding(student, "rope", now)).deck).toMatchObject({ due: 1, unseen: dealt.length - 3 });
    // Another topic's deck is not this one.
    expect((await getTopicStanding(student, "peft", now)).deck).toMatchObject({ subscribed: false, due: 0, unseen: 0 });
  });

  it("refuses a topic that doesn't exist", async () => {
    await expect(getTopicStanding(await makeUser(), "no-such-topic", now)).rejects.toThrow(NotFoundError);
  });
});
