import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { BUILT_IN_CARD_INPUTS } from "@/lib/topics/built-in-cards";
import { builtInTemplates } from "@/lib/topics/built-in-templates";
import { TOPICS } from "@/lib/topics/topic-list";
import type { SrsRating, SrsState } from "@/lib/generated/prisma/enums";
import { makeUser, resetDatabase } from "@/test/integration/db-helpers";
import { createAttempt, type FixtureAnswer } from "@/test/integration/attempt-fixtures";
import type { Actor } from "@/lib/server/data/actor";
import { addDeck } from "@/lib/server/data/flashcards/add-deck";
import { seedCards } from "@/lib/server/data/flashcards/seed-cards";
import { seedTemplates } from "@/lib/server/data/templates/seed-templates";
import { seedTopics } from "@/lib/server/data/topics/seed-topics";
import { getStudentProgress } from "./get-student-progress";

// Saturday 28 November 2026, 13:00 in Berlin (UTC+1): the student's today is the 28th.
const now = new Date("2026-11-28T12:00:00Z");
let ana: Actor;
let ben: Actor;
const topicId: Record<string, string> = {};
const keys: Record<string, string[]> = {};
// Mastery is out of every active built-in template of the topic.
const totalOf = (topic: string) => builtInTemplates().filter((t) => t.topic === topic).length;
const ROPE_TOTAL = totalOf("rope");
const QUANT_TOTAL = totalOf("quantization");
const attemptId: Record<string, string> = {};

/** Fixture: an attempt on a topic answering the given template keys (null: shown, not answered). */
async function attempt(
  actor: Actor,
  topic: string,
  status: "SUBMITTED" | "EXPIRED" | "IN_PROGRESS",
  startedAt: string,
  finishedAt: string | null,
  answers: FixtureAnswer[],
): Promise<string> {
  return createAttempt({ userId: actor.id, topicId: topicId[topic]!, status, startedAt, finishedAt, answers });
}

async function log(actor: Actor, studentCardId: string, reviewedAt: string, stateBefore: SrsState, rating: SrsRating) {
  await getDb().reviewLog.create({
    data: { userId: actor.id, studentCardId, reviewedAt: new Date(reviewedAt), stateBefore, rating, durationMs: 1000, elapsedDays: 1, scheduledDays: 1, before: {} },
  });
}

async function setCard(id: string, data: { state: SrsState; due: string; suspended?: boolean }) {
  await getDb().studentCard.update({ where: { id }, data: { ...data, due: new Date(data.due), lastReview: new Date("2026-11-01T00:00:00Z") } });
}

beforeAll(async () => {
  const db = getDb();
  await resetDatabase();
  await db.cardNote.deleteMany();
  await db.questionTemplate.deleteMany();
  await seedTopics(TOPICS);
  await seedTemplates(builtInTemplates());
  await seedCards(BUILT_IN_CARD_INPUTS);
  ana = await makeUser("STUDENT", "Ana Progress");
  ben = await makeUser("STUDENT", "Ben Other");
  await db.user.update({ where: { id: ana.id }, data: { timeZone: "Europe/Berlin" } });
  for (const slug of ["rope", "quantization"]) {
    topicId[slug] = (await db.topic.findUniqueOrThrow({ where: { slug } })).id;
    keys[slug] = (await db.questionTemplate.findMany({ where: { topicId: topicId[slug], isLatest: true, status: "ACTIVE" }, orderBy: { key: "asc" }, select: { key: true } })).map(
      (t) => t.key,
    );
  }
  const [r1, r2, r3, r4] = keys.rope as [string, string, string, string];
  const [q1, q2] = keys.quantization as [string, string];

  // Quiz answers, with Ana's (Berlin) day of each.
  // Rope, first attempt (25th: 23:30 UTC on the 24th): r1 right, r2 wrong, r3 right. 8 min 20 s.
  attemptId.first = await attempt(ana, "rope", "SUBMITTED", "2026-11-24T23:25:00Z", "2026-11-24T23:33:20Z", [
    { key: r1, correct: true, at: "2026-11-24T23:30:00Z" },
    { key: r2, correct: false, at: "2026-11-24T23:31:00Z" },
    { key: r3, correct: true, at: "2026-11-24T23:32:00Z" },
  ]);
  // Rope, second attempt (27th), closed at its deadline: r2 now right, r3 now wrong, r4 never answered.
  attemptId.second = await attempt(ana, "rope", "EXPIRED", "2026-11-27T10:00:00Z", "2026-11-27T10:05:00Z", [
    { key: r2, correct: true, at: "2026-11-27T10:01:00Z" },
    { key: r3, correct: false, at: "2026-11-27T10:02:00Z" },
    { key: r4, correct: null, at: "" },
  ]);
  // Quantization (27th): q1 right, q2 wrong.
  attemptId.third = await attempt(ana, "quantization", "SUBMITTED", "2026-11-27T11:00:00Z", "2026-11-27T11:03:00Z", [
    { key: q1, correct: true, at: "2026-11-27T11:01:00Z" },
    { key: q2, correct: false, at: "2026-11-27T11:02:00Z" },
  ]);
  // Unfinished, nothing answered: not in the history, no study day.
  attemptId.open = await attempt(ana, "rope", "IN_PROGRESS", "2026-11-23T10:00:00Z", null, [{ key: r4, correct: null, at: "" }]);

  // Cards: A, B due today (A overdue), C tomorrow in Berlin (00:30 on the 29th), D suspended.
  await addDeck(ana, { topic: "rope" }, now);
  const mine = await db.studentCard.findMany({ where: { userId: ana.id }, orderBy: { due: "asc" }, take: 4, select: { id: true } });
  const [A, B, C, D] = mine.map((c) => c.id) as [string, string, string, string];
  await setCard(A, { state: "REVIEW", due: "2026-11-20T10:00:00Z" });
  await setCard(B, { state: "REVIEW", due: "2026-11-28T20:00:00Z" });
  await setCard(C, { state: "LEARNING", due: "2026-11-28T23:30:00Z" });
  await setCard(D, { state: "REVIEW", due: "2026-11-25T10:00:00Z", suspended: true });

  // Reviews, with the Berlin day of each.
  await log(ana, A, "2026-11-27T23:30:00Z", "REVIEW", "AGAIN"); // 28th, A's first that day: fail
  await log(ana, A, "2026-11-28T09:00:00Z", "REVIEW", "GOOD"); // 28th, not A's first: ignored
  await log(ana, B, "2026-11-26T10:00:00Z", "REVIEW", "GOOD"); // 26th: pass
  await log(ana, C, "2026-11-24T10:00:00Z", "LEARNING", "GOOD"); // 24th: not in review, ignored
  await log(ana, D, "2026-11-10T10:00:00Z", "REVIEW", "HARD"); // 10th: pass, 30-day window only
  await log(ana, D, "2026-11-15T10:00:00Z", "REVIEW", "AGAIN"); // 15th: fail, 30-day window only
  await log(ana, B, "2026-10-01T10:00:00Z", "REVIEW", "GOOD"); // 1 Oct: outside both windows

  // Ben answers and reviews too; none of it may reach Ana's figures.
  await attempt(ben, "rope", "SUBMITTED", "2026-11-28T08:00:00Z", "2026-11-28T08:10:00Z", [
    { key: r3, correct: true, at: "2026-11-28T08:01:00Z" },
    { key: r4, correct: true, at: "2026-11-28T08:02:00Z" },
  ]);
  await addDeck(ben, { topic: "rope" }, now);
  const his = await db.studentCard.findFirstOrThrow({ where: { userId: ben.id }, select: { id: true } });
  await setCard(his.id, { state: "REVIEW", due: "2026-11-27T10:00:00Z" });
  await log(ben, his.id, "2026-11-23T10:00:00Z", "REVIEW", "GOOD");
  await log(ben, his.id, "2026-11-28T10:00:00Z", "REVIEW", "GOOD");
});

describe("getStudentProgress", () => {
  it("shows mastery per topic from the latest answer of each template", async () => {
    const p = await getStudentProgress(ana, now);
    expect(keys.rope).toHaveLength(ROPE_TOTAL);
    expect(keys.quantization).toHaveLength(QUANT_TOTAL);
    // RoPE: r1 right; r2 wrong then right; r3 right then wrong; r4 never answered → 2 mastered, 3 answered.
    expect(p.topics.find((t) => t.slug === "rope")).toEqual({ slug: "rope", title: "Rotary position embeddings (RoPE)", mastered: 2, answered: 3, total: ROPE_TOTAL, ratio: 2 / ROPE_TOTAL });
    // Quantization: q1 right, q2 wrong → 1 mastered.
    expect(p.topics.find((t) => t.slug === "quantization")).toEqual({ slug: "quantization", title: "Quantization", mastered: 1, answered: 2, total: QUANT_TOTAL, ratio: 1 / QUANT_TOTAL });
    // Every topic in teaching order, untouched ones at zero.
    expect(p.topics.map((t) => t.slug)).toEqual(TOPICS.map((t) => t.slug));
    expect(p.topics.filter((t) => t.answered === 0)).toHaveLength(3);
  });

  it("lists finished attempts newest first with score, duration and review link", async () => {
    const { quizHistory } = await getStudentProgress(ana, now);
    expect(quizHistory.total).toBe(3);
    expect(quizHistory.entries.map((e) => [e.id, e.status, e.correctCount, e.questionCount, e.durationSeconds])).toEqual([
      [attemptId.third, "SUBMITTED", 1, 2, 180],
      [attemptId.second, "EXPIRED", 1, 3, 300],
      [attemptId.first, "SUBMITTED", 2, 3, 500],
    ]);
    expect(quizHistory.entries[0]).toMatchObject({ title: "Quantization quiz", href: `/attempts/${attemptId.third}/review` });
  });

  it("computes true retention over 7 and 30 local days, and the due load", async () => {
    const { flashcards, today, timeZone } = await getStudentProgress(ana, now);
    expect([timeZone, today]).toEqual(["Europe/Berlin", "2026-11-28"]);
    // 7 days (22–28 Nov): A on the 28th (Again, fail), B on the 26th (pass).
    expect(flashcards.retention.last7).toEqual({ passed: 1, total: 2 });
    // 30 days (30 Oct–28 Nov): plus D on the 10th (pass) and the 15th (fail).
    expect(flashcards.retention.last30).toEqual({ passed: 2, total: 4 });
    expect(flashcards.reviews).toBe(7);
    // A (overdue) and B (tonight); C is due at 00:30 tomorrow in Berlin; D is suspended.
    expect(flashcards.dueToday).toBe(2);
    expect(flashcards.forecast).toHaveLength(30);
    expect(flashcards.forecast[1]).toEqual({ date: "2026-11-29", count: 1 });
    expect(flashcards.cards).toBeGreaterThan(4);
  });

  it("counts a streak of local days with a review or an answered question", async () => {
    const { streak } = await getStudentProgress(ana, now);
    // Quiz days 25th (23:30 UTC on the 24th), 27th; review days 24th, 26th, 28th (00:30 Berlin), 10th, 15th, 1 Oct.
    // 24–28 in a row; the unfinished attempt with nothing answered (23rd) adds no day.
    expect(streak).toMatchObject({ current: 5, longest: 5, studiedToday: true });
    expect(streak.recent.filter((d) => d.studied).map((d) => d.date)).toEqual(["2026-11-15", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28"]);
  });

  it("shows each student only their own data", async () => {
    const p = await getStudentProgress(ben, now);
    expect(p.timeZone).toBe("UTC");
    expect(p.topics.find((t) => t.slug === "rope")).toMatchObject({ mastered: 2, answered: 2 });
    expect(p.topics.find((t) => t.slug === "quantization")).toMatchObject({ mastered: 0, answered: 0 });
    expect(p.quizHistory.total).toBe(1);
    expect(p.quizHistory.entries.every((e) => !Object.values(attemptId).includes(e.id))).toBe(true);
    expect(p.flashcards).toMatchObject({ reviews: 2, dueToday: 1, retention: { last7: { passed: 2, total: 2 }, last30: { passed: 2, total: 2 } } });
    // 23rd and 28th: no run longer than a day; today counts.
    expect(p.streak).toMatchObject({ current: 1, longest: 1, studiedToday: true });
  });
});
