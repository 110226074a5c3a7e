import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { LEECH_TAG } from "@/lib/flashcards/leech";
import { STABILITY_LABELS } from "@/lib/flashcards/stats-buckets";
import type { SrsRating as RatingColumn, SrsState as StateColumn } from "@/lib/generated/prisma/enums";
import { makeUser } from "@/test/integration/db-helpers";
import { resetWithBuiltInContent } from "@/test/integration/built-in-content";
import type { Actor } from "@/lib/server/data/actor";
import { addDeck } from "./add-deck";
import { getReviewStats } from "./get-review-stats";
import { removeDeck } from "./remove-deck";

// Saturday 28 November 2026, 13:00 in Berlin (UTC+1): the student's today is the 28th.
const now = new Date("2026-11-28T12:00:00Z");
let student: Actor;
let other: Actor;
let ropeCards: number;
const card: Record<string, string> = {};

async function setCard(id: string, data: { state: StateColumn; due: string; stability: number; difficulty: number; suspended?: boolean; tags?: string[] }) {
  await getDb().studentCard.update({ where: { id }, data: { ...data, due: new Date(data.due), lastReview: new Date("2026-11-01T00:00:00Z") } });
}

async function log(actor: Actor, studentCardId: string, reviewedAt: string, stateBefore: StateColumn, rating: RatingColumn) {
  await getDb().reviewLog.create({
    data: { userId: actor.id, studentCardId, reviewedAt: new Date(reviewedAt), stateBefore, rating, durationMs: 1000, elapsedDays: 1, scheduledDays: 1, before: {} },
  });
}

beforeAll(async () => {
  await resetWithBuiltInContent();

  student = await makeUser("STUDENT", "Stat Student");
  other = await makeUser("STUDENT", "Other Student");
  await getDb().user.update({ where: { id: student.id }, data: { timeZone: "Europe/Berlin" } });

  ropeCards = (await addDeck(student, { topic: "rope" }, now)).added;
  const mine = await getDb().studentCard.findMany({ where: { userId: student.id }, orderBy: { due: "asc" }, select: { id: true } });
  ["A", "B", "C", "D", "E", "F", "G"].forEach((name, i) => (card[name] = mine[i]!.id));

  // Card states: A–G reviewed, the rest of the deck new.
  await setCard(card.A!, { state: "RELEARNING", due: "2026-11-28T12:10:00Z", stability: 0.5, difficulty: 9.5 }); // due today
  await setCard(card.B!, { state: "REVIEW", due: "2026-11-20T10:00:00Z", stability: 2, difficulty: 1 }); // overdue: today
  await setCard(card.C!, { state: "REVIEW", due: "2026-11-29T23:30:00Z", stability: 10, difficulty: 5 }); // 30 Nov 00:30 in Berlin
  await setCard(card.D!, { state: "REVIEW", due: "2026-12-27T10:00:00Z", stability: 45, difficulty: 5.5 }); // the 30th forecast day
  await setCard(card.E!, { state: "REVIEW", due: "2026-11-29T10:00:00Z", stability: 400, difficulty: 10, suspended: true, tags: [LEECH_TAG] });
  await setCard(card.F!, { state: "REVIEW", due: "2026-12-28T10:00:00Z", stability: 7, difficulty: 3 }); // after the forecast
  await setCard(card.G!, { state: "LEARNING", due: "2026-11-28T22:30:00Z", stability: 0.2, difficulty: 1.9 }); // 23:30 today in Berlin

  // A removed deck: its reviewed card is left out of the card figures (its reviews would still count).
  await addDeck(student, { topic: "peft" }, now);
  const peft = await getDb().studentCard.findFirstOrThrow({ where: { userId: student.id, card: { note: { topic: { slug: "peft" } } } } });
  await setCard(peft.id, { state: "REVIEW", due: "2026-11-28T10:00:00Z", stability: 3, difficulty: 4 });
  await removeDeck(student, { topic: "peft" });

  // Reviews, with the Berlin day of each.
  await log(student, card.A!, "2026-11-27T23:30:00Z", "REVIEW", "AGAIN"); // 28th, A's first that day: fail
  await log(student, card.A!, "2026-11-28T08:00:00Z", "RELEARNING", "GOOD"); // 28th, not first
  await log(student, card.A!, "2026-11-28T10:00:00Z", "REVIEW", "GOOD"); // 28th, in review but not A's first that day
  await log(student, card.B!, "2026-11-27T22:30:00Z", "REVIEW", "HARD"); // 27th (23:30): pass
  await log(student, card.B!, "2026-11-28T09:00:00Z", "REVIEW", "EASY"); // 28th: pass
  await log(student, card.C!, "2026-11-25T23:30:00Z", "REVIEW", "GOOD"); // 26th (00:30): pass
  await log(student, card.C!, "2026-11-26T10:00:00Z", "REVIEW", "AGAIN"); // 26th again: not first (a fail in UTC days)
  await log(student, card.D!, "2026-11-10T10:00:00Z", "NEW", "GOOD"); // 10th: not in review
  await log(student, card.D!, "2026-11-15T10:00:00Z", "REVIEW", "AGAIN"); // 15th: fail, 30-day window only
  await log(student, card.B!, "2026-09-01T10:00:00Z", "REVIEW", "GOOD"); // 1 Sep: pass, all time only
  await log(student, card.E!, "2026-11-21T23:30:00Z", "REVIEW", "AGAIN"); // 22nd (00:30), first day of the 7-day window: fail

  // Someone else's cards and reviews (UTC) must not leak into the student's figures, nor the other way round.
  await addDeck(other, { topic: "rope" }, now);
  const theirs = await getDb().studentCard.findMany({ where: { userId: other.id }, orderBy: { due: "asc" }, take: 2, select: { id: true } });
  await setCard(theirs[0]!.id, { state: "REVIEW", due: "2026-11-28T10:00:00Z", stability: 100, difficulty: 2 });
  await setCard(theirs[1]!.id, { state: "LEARNING", due: "2026-12-01T10:00:00Z", stability: 1, difficulty: 8 });
  await log(other, theirs[0]!.id, "2026-11-27T23:30:00Z", "REVIEW", "GOOD"); // the 27th in UTC
  await log(other, theirs[0]!.id, "2026-11-28T11:00:00Z", "REVIEW", "AGAIN");
  await log(other, theirs[1]!.id, "2026-11-28T11:30:00Z", "NEW", "AGAIN");
});

describe("getReviewStats", () => {
  it("counts reviews per local day in the student's time zone (23:30 UTC is the next day in Berlin)", async () => {
    const stats = await getReviewStats(student, now);
    expect(stats.timeZone).toBe("Europe/Berlin");
    expect(stats.today).toBe("2026-11-28");
    expect(stats.days).toEqual([
      { date: "2026-09-01", count: 1 },
      { date: "2026-11-10", count: 1 },
      { date: "2026-11-15", count: 1 },
      { date: "2026-11-22", count: 1 },
      { date: "2026-11-26", count: 2 },
      { date: "2026-11-27", count: 1 },
      { date: "2026-11-28", count: 4 },
    ]);
  });

  it("computes true retention from each card's first review of a day, in review before it", async () => {
    const { retention } = await getReviewStats(student, now);
    // 7 days (22–28 Nov): A 28th fail, B 27th pass, B 28th pass, C 26th pass, E 22nd fail.
    expect(retention.last7).toEqual({ passed: 3, total: 5 });
    // 30 days (30 Oct–28 Nov): plus D 15th fail.
    expect(retention.last30).toEqual({ passed: 3, total: 6 });
    // All time: plus B on 1 Sep, a pass.
    expect(retention.allTime).toEqual({ passed: 4, total: 7 });
  });

  it("forecasts due cards for 30 local days, overdue ones today, without new or suspended cards", async () => {
    const { forecast } = await getReviewStats(student, now);
    expect(forecast).toHaveLength(30);
    expect(forecast[0]).toEqual({ date: "2026-11-28", count: 3 }); // A, B (overdue), G
    expect(forecast[29]).toEqual({ date: "2026-12-27", count: 1 }); // D
    expect(forecast.filter((d) => d.count > 0)).toEqual([
      { date: "2026-11-28", count: 3 },
      { date: "2026-11-30", count: 1 }, // C, 29th in UTC
      { date: "2026-12-27", count: 1 },
    ]);
  });

  it("counts cards by state, suspended and leeches, in the decks the student studies", async () => {
    const { cards } = await getReviewStats(student, now);
    expect(cards).toEqual({ new: ropeCards - 7, learning: 1, review: 5, relearning: 1, suspended: 1, leeches: 1, total: ropeCards });
  });

  it("buckets stability and difficulty of the reviewed cards", async () => {
    const { stability, difficulty } = await getReviewStats(student, now);
    expect(stability.map((b) => b.label)).toEqual([...STABILITY_LABELS]);
    expect(stability.map((b) => b.count)).toEqual([2, 1, 0, 2, 0, 1, 0, 0, 1]); // 0.5, 0.2 | 2 | – | 10, 7 | – | 45 | – | – | 400
    expect(difficulty.map((b) => b.count)).toEqual([1, 1, 1, 0, 1, 1, 0, 0, 0, 2]); // 1 | 1.9 | 3 | – | 5 | 5.5 | – | – | – | 9.5, 10
  });

  it("shows each student only their own data", async () => {
    const stats = await getReviewStats(other, now);
    expect(stats.timeZone).toBe("UTC");
    expect(stats.days).toEqual([
      { date: "2026-11-27", count: 1 },
      { date: "2026-11-28", count: 2 },
    ]);
    expect(stats.retention.allTime).toEqual({ passed: 1, total: 2 });
    expect(stats.forecast.filter((d) => d.count > 0)).toEqual([
      { date: "2026-11-28", count: 1 },
      { date: "2026-12-01", count: 1 },
    ]);
    expect(stats.cards).toMatchObject({ review: 1, learning: 1, relearning: 0, suspended: 0, leeches: 0, total: ropeCards });
    expect(stats.stability.reduce((n, b) => n + b.count, 0)).toBe(2);
  });

  it("puts a review a second before a Kathmandu (UTC+5:45) midnight on that day and one at midnight on the next", async () => {
    const nepal = await makeUser("STUDENT", "Nepal Student");
    await getDb().user.update({ where: { id: nepal.id }, data: { timeZone: "Asia/Kathmandu" } });
    await addDeck(nepal, { topic: "rope" }, now);
    const [first] = await getDb().studentCard.findMany({ where: { userId: nepal.id }, take: 1, select: { id: true } });
    // 18:14:59Z is 23:59:59 on the 26th in Kathmandu; 18:15:00Z is midnight of the 27th.
    await log(nepal, first!.id, "2026-11-26T18:14:59Z", "NEW", "GOOD");
    await log(nepal, first!.id, "2026-11-26T18:15:00Z", "LEARNING", "GOOD");
    await log(nepal, first!.id, "2026-11-27T18:14:00Z", "REVIEW", "GOOD");
    const stats = await getReviewStats(nepal, now);
    expect(stats.days).toEqual([
      { date: "2026-11-26", count: 1 },
      { date: "2026-11-27", count: 2 },
    ]);
  });

  it("is empty for a student without cards or reviews", async () => {
    const stats = await getReviewStats(await makeUser(), now);
    expect(stats.days).toEqual([]);
    expect(stats.forecast.every((d) => d.count === 0)).toBe(true);
    expect(stats.retention).toEqual({ last7: { passed: 0, total: 0 }, last30: { passed: 0, total: 0 }, allTime: { passed: 0, total: 0 } });
    expect(stats.cards.total).toBe(0);
  });
});
