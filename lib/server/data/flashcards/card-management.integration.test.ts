import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import { LEECH_TAG } from "@/lib/flashcards/leech";
import { makeUser } from "@/test/integration/db-helpers";
import { resetWithBuiltInContent } from "@/test/integration/built-in-content";
import type { Actor } from "@/lib/server/data/actor";
import { timeZoneSchema, updateTimeZone } from "@/lib/server/data/accounts/update-time-zone";
import { addDeck } from "./add-deck";
import { getNextDue } from "./get-next-due";
import { getReviewSession } from "./get-review-session";
import { getReviewView } from "./get-review-view";
import { browseCards, browseCardsSchema } from "./browse-cards";

const browse = (actor: Actor, state: string, now: Date) => browseCards(actor, browseCardsSchema.parse({ state }), now);
import { recordReview } from "./record-review";
import { setCardFlags } from "./set-card-flags";
import { updateFlashcardSettings } from "./update-flashcard-settings";

const start = new Date("2026-05-01T09:00:00Z");
let student: Actor;

beforeAll(async () => {
  await resetWithBuiltInContent();
});

beforeEach(async () => {
  student = await makeUser();
  await addDeck(student, { topic: "rope" }, start);
});

const firstCard = async (actor: Actor) => getDb().studentCard.findFirstOrThrow({ where: { userId: actor.id }, orderBy: [{ due: "asc" }, { id: "asc" }] });
const queued = async (actor: Actor, now = start) => {
  const s = await getReviewSession(actor, now);
  return s.counts.learning + s.counts.review + s.counts.new;
};

describe("suspend, bury and leeches", () => {
  it("a suspended card leaves the queue and the 'suspended' list has it, until it is unsuspended", async () => {
    // With the daily new-card limit above the deck's size, every card counts in the queue.
    await updateFlashcardSettings(student, { newCardsPerDay: 500 });
    const before = await queued(student);
    const card = await firstCard(student);
    const flags = await setCardFlags(student, { studentCardId: card.id, change: "suspend" }, start);
    expect(flags).toMatchObject({ suspended: true, version: card.version + 1 });
    expect((await getReviewSession(student, start)).current?.studentCardId).not.toBe(card.id);
    expect(await queued(student)).toBe(before - 1);
    const page = await browse(student, "suspended", start);
    expect(page.total).toBe(1);
    expect(page.rows.map((r) => r.studentCardId)).toEqual([card.id]);
    await setCardFlags(student, { studentCardId: card.id, change: "unsuspend" }, start);
    expect(await queued(student)).toBe(before);
  });

  it("burying lasts until the next local midnight of the student's time zone", async () => {
    await updateTimeZone(student, { timeZone: "Europe/Berlin" });
    const card = await firstCard(student);
    // 22:30 UTC on 1 May is 00:30 on 2 May in Berlin (UTC+2): buried until midnight starting 3 May there.
    const late = new Date("2026-05-01T22:30:00Z");
    const { buriedUntil } = await setCardFlags(student, { studentCardId: card.id, change: "bury" }, late);
    expect(buriedUntil?.toISOString()).toBe("2026-05-02T22:00:00.000Z");
    expect((await browse(student, "buried", late)).rows.map((r) => r.studentCardId)).toEqual([card.id]);
    expect((await browse(student, "buried", new Date("2026-05-02T22:00:01Z"))).total).toBe(0);
    await setCardFlags(student, { studentCardId: card.id, change: "unbury" }, late);
    expect((await getDb().studentCard.findUniqueOrThrow({ where: { id: card.id } })).buriedUntil).toBeNull();
  });

  it("resetting a leech untags and unsuspends it and counts lapses afresh", async () => {
    const card = await firstCard(student);
    await getDb().studentCard.update({ where: { id: card.id }, data: { lapses: 8, tags: [LEECH_TAG], suspended: true } });
    const page = await browse(student, "leech", start);
    expect(page.rows).toHaveLength(1);
    expect(page.rows[0]).toMatchObject({ studentCardId: card.id, leech: true, suspended: true, lapses: 8 });
    const flags = await setCardFlags(student, { studentCardId: card.id, change: "reset-leech" }, start);
    expect(flags).toMatchObject({ suspended: false, tags: [] });
    expect((await getDb().studentCard.findUniqueOrThrow({ where: { id: card.id } })).lapseBaseline).toBe(8);
    expect((await browse(student, "leech", start)).total).toBe(0);
  });

  it("refuses someone else's card and writes nothing", async () => {
    const other = await makeUser();
    const card = await firstCard(student);
    await expect(setCardFlags(other, { studentCardId: card.id, change: "suspend" }, start)).rejects.toThrow(NotFoundError);
    expect((await getDb().studentCard.findUniqueOrThrow({ where: { id: card.id } })).suspended).toBe(false);
    expect((await browse(other, "all", start)).total).toBe(0);
  });
});

describe("next due and time zone", () => {
  it("is null before any review and the earliest scheduled card after one", async () => {
    expect(await getNextDue(student, start)).toBeNull();
    const card = await firstCard(student);
    const { due } = await recordReview(student, { studentCardId: card.id, expectedVersion: card.version, rating: "good", durationMs: 1000 }, start);
    expect(await getNextDue(student, start)).toEqual(due);
  });

  it("is what the review screen shows once today's queue is empty, and absent while a card waits", async () => {
    const waiting = await getReviewView(student, start);
    expect(waiting.current).not.toBeNull();
    expect(waiting.nextDue).toBeNull();
    // Empty today's queue: every queued card rated Easy goes to review days away.
    for (let view = waiting; view.current; view = await getReviewView(student, start)) {
      await recordReview(student, { studentCardId: view.current.studentCardId, expectedVersion: view.current.version, rating: "easy", durationMs: 1000, ...(view.current.front.kind === "computed" ? { seed: view.current.front.seed } : {}) }, start);
    }
    const done = await getReviewView(student, start);
    expect(done.counts).toMatchObject({ learning: 0, review: 0, new: 0 });
    expect(done.nextDue).toEqual(await getNextDue(student, start));
    expect(done.nextDue!.getTime()).toBeGreaterThan(start.getTime());
  });

  it("brings a card rated Again back in the same session, after the rest, without a reload", async () => {
    const rate = async (view: Awaited<ReturnType<typeof getReviewView>>, rating: "again" | "easy") => {
      const c = view.current!;
      await recordReview(student, { studentCardId: c.studentCardId, expectedVersion: c.version, rating, durationMs: 1000, ...(c.front.kind === "computed" ? { seed: c.front.seed } : {}) }, start);
    };
    const first = await getReviewView(student, start);
    const againId = first.current!.studentCardId;
    await rate(first, "again");
    let view = await getReviewView(student, start);
    // Its next step is a minute away: it waits at the end of the queue, and the counters show it.
    expect(view.counts.learning).toBe(1);
    while (view.current && view.current.studentCardId !== againId) {
      await rate(view, "easy");
      view = await getReviewView(student, start);
    }
    expect(view.current).toMatchObject({ studentCardId: againId, kind: "learning" });
    expect(view.counts).toEqual({ learning: 1, review: 0, new: 0 });
    expect(view.nextDue).toBeNull();
  });

  it("accepts IANA zones only", async () => {
    // Entry points parse their input once, with the schema beside the function.
    expect(timeZoneSchema.safeParse({ timeZone: "Mars/Olympus" }).error?.issues[0]?.message).toMatch(/time zone/);
    expect(await updateTimeZone(student, { timeZone: "America/New_York" })).toEqual({ timeZone: "America/New_York" });
    expect((await getDb().user.findUniqueOrThrow({ where: { id: student.id } })).timeZone).toBe("America/New_York");
  });
});
