import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { TOPICS } from "@/lib/topics/topic-list";
import { buildQueue, LEARN_AHEAD_MS } from "@/lib/flashcards/queue";
import { DEFAULT_FLASHCARD_SETTINGS } from "@/lib/flashcards/settings";
import { dayBounds } from "@/lib/time/day-bounds";
import { makeUser, resetDatabase } from "@/test/integration/db-helpers";
import type { Actor } from "@/lib/server/data/actor";
import { seedTopics } from "@/lib/server/data/topics/seed-topics";
import { STATE_FROM_COLUMN } from "./internal/card-columns";
import { getReviewSession } from "./get-review-session";
import { mulberry32 } from "@/lib/random/seeded-random";

/*
 * The review session reads only what the queue can use (due cards, keys reviewed today, a page
 * of new cards). These tests check it against the queue built from every one of the student's
 * cards, on random decks with siblings, suspensions, burials, removed decks and time zones.
 */

const now = new Date("2026-05-01T09:00:00Z");
const HOUR = 3_600_000;
const STATES = ["NEW", "NEW", "NEW", "LEARNING", "RELEARNING", "REVIEW", "REVIEW", "REVIEW"] as const;
let cardIds: { id: string; topicId: string }[] = [];
let topicIds: string[] = [];

beforeAll(async () => {
  await resetDatabase();
  const db = getDb();
  await db.cardNote.deleteMany();
  await seedTopics(TOPICS);
  topicIds = (await db.topic.findMany({ orderBy: { order: "asc" }, select: { id: true } })).map((t) => t.id).slice(0, 2);
  // 300 basic cards in two topics. Sibling keys are shared across notes on purpose: the first 60
  // cards (the first new cards of every student) are one big sibling group, which buries more new
  // cards than the first page holds, and the rest fall into groups of about three.
  for (let i = 0; i < 300; i++) {
    await db.cardNote.create({
      data: {
        key: `queue-test-${String(i).padStart(3, "0")}`,
        topicId: topicIds[i < 200 ? 0 : 1]!,
        kind: "BASIC",
        content: { front: `Q${i}`, back: `A${i}` },
        tags: [],
        source: {},
        contentHash: `hash-${i}`,
        cards: { create: { ordinal: 1, siblingKey: i < 60 ? "big-note" : `group-${i % 80}` } },
      },
    });
  }
  cardIds = (await db.card.findMany({ select: { id: true, note: { select: { key: true, topicId: true } } }, orderBy: { note: { key: "asc" } } })).map((c) => ({
    id: c.id,
    topicId: c.note.topicId!,
  }));
});

type Scenario = { seed: number; timeZone: string; newCardsPerDay: number; removeSecondDeck: boolean };

/** A student with every card of both decks in a random state, and review logs matching their last reviews. */
async function makeStudent({ seed, timeZone, newCardsPerDay, removeSecondDeck }: Scenario): Promise<Actor> {
  const db = getDb();
  const r = mulberry32(seed);
  const student = await makeUser();
  await db.user.update({ where: { id: student.id }, data: { timeZone } });
  await db.srsSettings.create({ data: { userId: student.id, settings: { ...DEFAULT_FLASHCARD_SETTINGS, newCardsPerDay } } });
  await db.deckSubscription.createMany({ data: topicIds.slice(0, removeSecondDeck ? 1 : 2).map((topicId) => ({ userId: student.id, topicId })) });
  const { dayStart } = dayBounds(now, timeZone);
  const rows = cardIds.map((card, i) => {
    const state = STATES[Math.floor(r() * STATES.length)]!;
    // New cards keep the order they were added in; the others are due from two days ago to two days ahead.
    const due = state === "NEW" ? new Date(now.getTime() - 30 * 24 * HOUR + i * 1000) : new Date(now.getTime() + Math.round((r() - 0.5) * 96 * HOUR));
    const reviewedToday = state !== "NEW" && r() < 0.25;
    const lastReview = state === "NEW" ? null : reviewedToday ? new Date(dayStart.getTime() + r() * (now.getTime() - dayStart.getTime())) : new Date(dayStart.getTime() - (1 + r() * 200) * HOUR);
    const buried = r();
    return {
      userId: student.id,
      cardId: card.id,
      state,
      due,
      lastReview,
      suspended: r() < 0.05,
      buriedUntil: buried < 0.05 ? new Date(now.getTime() + 12 * HOUR) : buried < 0.1 ? new Date(now.getTime() - HOUR) : null,
    };
  });
  await db.studentCard.createMany({ data: rows });
  const created = await db.studentCard.findMany({ where: { userId: student.id }, select: { id: true, lastReview: true, state: true } });
  const logs = created.flatMap((c) => {
    if (!c.lastReview) return [];
    // Cards first seen today were new before their first review today; that counts against the limit.
    const stateBefore = c.lastReview >= dayStart && r() < 0.3 ? ("NEW" as const) : c.state;
    return [{ userId: student.id, studentCardId: c.id, rating: "GOOD" as const, reviewedAt: c.lastReview, durationMs: 1000, elapsedDays: 1, scheduledDays: 1, stateBefore, before: {} }];
  });
  await db.reviewLog.createMany({ data: logs });
  return student;
}

/** The queue as before: built from every card of the student's decks. */
async function expectedQueue(student: Actor, timeZone: string, newCardsPerDay: number) {
  const db = getDb();
  const { dayStart, nextDayStart } = dayBounds(now, timeZone);
  const subscribed = (await db.deckSubscription.findMany({ where: { userId: student.id }, select: { topicId: true } })).map((s) => s.topicId);
  const rows = await db.studentCard.findMany({
    where: { userId: student.id, card: { note: { topicId: { in: subscribed } } } },
    select: { id: true, state: true, due: true, lastReview: true, suspended: true, buriedUntil: true, card: { select: { siblingKey: true } } },
  });
  const newIntroducedToday = await db.reviewLog.count({ where: { userId: student.id, stateBefore: "NEW", reviewedAt: { gte: dayStart } } });
  const cards = rows.map((row) => ({ ...row, state: STATE_FROM_COLUMN[row.state], siblingKey: row.card.siblingKey }));
  return { ...buildQueue({ cards, now, learnAheadUntil: new Date(now.getTime() + LEARN_AHEAD_MS), dayStart, nextDayStart, newCardsPerDay, newIntroducedToday }), nextDayStart };
}

async function buriedUntil(student: Actor): Promise<Map<string, number | null>> {
  const rows = await getDb().studentCard.findMany({ where: { userId: student.id }, select: { id: true, buriedUntil: true } });
  return new Map(rows.map((row) => [row.id, row.buriedUntil?.getTime() ?? null]));
}

describe("getReviewSession", () => {
  const scenarios: Scenario[] = [
    { seed: 1, timeZone: "UTC", newCardsPerDay: 20, removeSecondDeck: false },
    { seed: 2, timeZone: "America/Los_Angeles", newCardsPerDay: 5, removeSecondDeck: false },
    { seed: 3, timeZone: "Pacific/Auckland", newCardsPerDay: 200, removeSecondDeck: true },
    { seed: 4, timeZone: "Asia/Kolkata", newCardsPerDay: 0, removeSecondDeck: false },
    { seed: 5, timeZone: "Europe/Berlin", newCardsPerDay: 1, removeSecondDeck: true },
    { seed: 6, timeZone: "UTC", newCardsPerDay: 500, removeSecondDeck: false },
  ];
  it.each(scenarios)("matches the queue built from every card (seed $seed, $timeZone, $newCardsPerDay new a day)", async (scenario) => {
    const student = await makeStudent(scenario);
    const expected = await expectedQueue(student, scenario.timeZone, scenario.newCardsPerDay);
    const before = await buriedUntil(student);

    const session = await getReviewSession(student, now);

    const count = (kind: string) => expected.queue.filter((q) => q.kind === kind).length;
    expect(session.counts).toEqual({ learning: count("learning"), review: count("review"), new: count("new") });
    expect(session.current?.studentCardId ?? null).toBe(expected.queue[0]?.id ?? null);
    expect(session.current?.kind ?? null).toBe(expected.queue[0]?.kind ?? null);
    const after = await buriedUntil(student);
    const changed = [...after].filter(([id, until]) => until !== before.get(id)).map(([id]) => id);
    expect(changed.sort()).toEqual(expected.bury.map((b) => b.id).sort());
    for (const id of changed) expect(after.get(id)).toBe(expected.nextDayStart.getTime());

    // The burials written make no difference to a reload.
    expect(await getReviewSession(student, now)).toEqual(session);
  });

  it("counts new cards introduced since midnight in the student's time zone", async () => {
    const db = getDb();
    // 03:00 on 1 May in UTC, today there; 20:00 on 30 April in Los Angeles, where today (1 May) began at 07:00 UTC.
    const earlier = new Date("2026-05-01T03:00:00Z");
    const students = await Promise.all(["UTC", "America/Los_Angeles"].map(() => makeUser()));
    for (const [i, timeZone] of ["UTC", "America/Los_Angeles"].entries()) {
      const student = students[i]!;
      await db.user.update({ where: { id: student.id }, data: { timeZone } });
      await db.srsSettings.create({ data: { userId: student.id, settings: { ...DEFAULT_FLASHCARD_SETTINGS, newCardsPerDay: 1 } } });
      await db.deckSubscription.create({ data: { userId: student.id, topicId: topicIds[1]! } });
      const [seen, fresh] = cardIds.slice(200, 202);
      const card = await db.studentCard.create({ data: { userId: student.id, cardId: seen!.id, state: "REVIEW", due: new Date(now.getTime() + 24 * HOUR), lastReview: earlier } });
      await db.reviewLog.create({
        data: { userId: student.id, studentCardId: card.id, rating: "GOOD", reviewedAt: earlier, durationMs: 1, elapsedDays: 0, scheduledDays: 1, stateBefore: "NEW", before: {} },
      });
      await db.studentCard.create({ data: { userId: student.id, cardId: fresh!.id, state: "NEW", due: now } });
    }
    expect((await getReviewSession(students[0]!, now)).counts).toEqual({ learning: 0, review: 0, new: 0 });
    expect((await getReviewSession(students[1]!, now)).counts).toEqual({ learning: 0, review: 0, new: 1 });
  });
});
