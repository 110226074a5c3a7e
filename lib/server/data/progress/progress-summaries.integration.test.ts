import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { builtInTemplates } from "@/lib/topics/built-in-templates";
import { TOPICS } from "@/lib/topics/topic-list";
import type { SrsRating, SrsState } from "@/lib/generated/prisma/enums";
import { makeUser, resetDatabase } from "@/test/integration/db-helpers";
import { createAttempt, createFinishedAttempt, type FixtureAnswer } from "@/test/integration/attempt-fixtures";
import { createReview, createStudentCard } from "@/test/integration/review-fixtures";
import type { Actor } from "@/lib/server/data/actor";
import { seedTemplates } from "@/lib/server/data/templates/seed-templates";
import { seedTopics } from "@/lib/server/data/topics/seed-topics";
import { queryMastery } from "./query-mastery";
import { queryMasteryFromAnswers } from "./internal/query-mastery-from-answers";
import { teamRetention } from "./internal/team-retention";

/**
 * The summaries the progress queries read (LatestAnswer, RetentionDay) are kept by database
 * triggers. Their specification is the migration's rebuild functions, which recompute them from
 * the answers and reviews: after every kind of write, the kept table must equal the rebuilt one.
 * Then the fast queries must give exactly what the row-by-row queries give, for any period.
 */

let ana: Actor;
let ben: Actor;
let ropeId: string;
let keys: string[];

const at = (iso: string) => new Date(iso);

type LatestRow = { userId: string; templateKey: string; attemptQuestionId: string; correct: boolean; answeredAt: Date };
type DayRow = { userId: string; day: string; passed: number; total: number };

const readLatest = () =>
  getDb().$queryRaw<LatestRow[]>`SELECT "userId", "templateKey", "attemptQuestionId", correct, "answeredAt" FROM "LatestAnswer" ORDER BY 1, 2`;
const readDays = () => getDb().$queryRaw<DayRow[]>`SELECT "userId", to_char("day", 'YYYY-MM-DD') AS day, passed, total FROM "RetentionDay" ORDER BY 1, 2`;

/** The kept LatestAnswer table, checked against a rebuild from the answers. */
async function keptLatest(): Promise<LatestRow[]> {
  const kept = await readLatest();
  await getDb().$executeRaw`SELECT "latest_answer_rebuild"()`;
  expect(kept).toEqual(await readLatest());
  return kept;
}

/** The kept RetentionDay table, checked against a rebuild from the reviews. */
async function keptDays(): Promise<DayRow[]> {
  const kept = await readDays();
  await getDb().$executeRaw`SELECT "retention_day_rebuild"()`;
  expect(kept).toEqual(await readDays());
  return kept;
}

/** The flags the insert trigger set, checked against the rebuild function's (reviews inserted in time order). */
async function keptFirstOfDay(): Promise<void> {
  const read = () => getDb().reviewLog.findMany({ orderBy: { id: "asc" }, select: { id: true, firstOfDay: true } });
  const kept = await read();
  await getDb().$executeRaw`SELECT "review_log_first_of_day_rebuild"()`;
  expect(kept).toEqual(await read());
}

const answer = (actor: Actor, answers: FixtureAnswer[]) => createFinishedAttempt(actor.id, ropeId, answers);

const latestOf = (rows: LatestRow[], actor: Actor, key: string) => rows.find((r) => r.userId === actor.id && r.templateKey === key);

beforeAll(async () => {
  await resetDatabase();
  await getDb().questionTemplate.deleteMany({ where: { questions: { none: {} } } });
  await seedTopics(TOPICS);
  await seedTemplates(builtInTemplates());
  ropeId = (await getDb().topic.findUniqueOrThrow({ where: { slug: "rope" } })).id;
  keys = (await getDb().questionTemplate.findMany({ where: { topicId: ropeId, isLatest: true, status: "ACTIVE" }, orderBy: { key: "asc" }, select: { key: true } })).map((t) => t.key);
});

beforeEach(async () => {
  // Each test starts with two fresh students. Deleted, not truncated: the deletion cascades through
  // the triggers like an account's removal would, and the seeded templates stay.
  await getDb().user.deleteMany({});
  ana = await makeUser("STUDENT", "Ana");
  ben = await makeUser("STUDENT", "Ben");
  await getDb().user.update({ where: { id: ben.id }, data: { timeZone: "Asia/Kolkata" } });
});

describe("LatestAnswer, kept by triggers on AttemptQuestion", () => {
  it("keeps the latest answer per template, whatever order the answers arrive in", async () => {
    const [k1, k2] = keys as [string, string];
    // The newer attempt is written first: the older answers must not replace its answers.
    await answer(ana, [
      { key: k1, correct: false, at: "2026-05-03T10:00:00Z" },
      { key: k2, correct: true, at: "2026-05-03T10:01:00Z" },
    ]);
    await answer(ana, [
      { key: k1, correct: true, at: "2026-05-01T10:00:00Z" },
      { key: k2, correct: false, at: "2026-05-04T10:00:00Z" },
    ]);
    const rows = await keptLatest();
    expect(latestOf(rows, ana, k1)).toMatchObject({ correct: false, answeredAt: at("2026-05-03T10:00:00Z") });
    expect(latestOf(rows, ana, k2)).toMatchObject({ correct: false, answeredAt: at("2026-05-04T10:00:00Z") });
    expect(rows).toHaveLength(2);
  });

  it("breaks a tie in time by the answer's id, as the mastery query does", async () => {
    const [k1] = keys as [string];
    await answer(ana, [{ key: k1, correct: true, at: "2026-05-01T10:00:00Z" }]);
    await answer(ana, [{ key: k1, correct: false, at: "2026-05-01T10:00:00Z" }]);
    const [row] = await keptLatest();
    const ids = await getDb().attemptQuestion.findMany({ where: { attempt: { userId: ana.id } }, orderBy: { id: "desc" }, select: { id: true } });
    expect(row!.attemptQuestionId).toBe(ids[0]!.id);
  });

  it("counts an answer to an older version of a template under its key", async () => {
    const [k1] = keys as [string];
    await answer(ana, [{ key: k1, correct: false, at: "2026-05-01T10:00:00Z" }]);
    // A retired version of k1, answered later than the latest version.
    await getDb().$executeRaw`
      INSERT INTO "QuestionTemplate" SELECT (t).* FROM (
        SELECT jsonb_populate_record(q, jsonb_build_object('id', 'old-' || q.id, 'version', q.version + 1000, 'isLatest', false)) AS t
        FROM "QuestionTemplate" q WHERE q.key = ${k1} AND q."isLatest"
      ) x`;
    const old = await getDb().questionTemplate.findFirstOrThrow({ where: { key: k1, isLatest: false }, select: { id: true } });
    const attempt = await getDb().attempt.create({
      data: { userId: ana.id, topicId: ropeId, status: "SUBMITTED", feedbackMode: "IMMEDIATE", startedAt: at("2026-05-02T09:00:00Z"), questionCount: 1 },
    });
    await getDb().attemptQuestion.create({ data: { attemptId: attempt.id, position: 1, templateId: old.id, seed: 1, correct: true, answeredAt: at("2026-05-02T10:00:00Z") } });
    expect(latestOf(await keptLatest(), ana, k1)).toMatchObject({ correct: true, answeredAt: at("2026-05-02T10:00:00Z") });
  });

  it("follows an answer being recorded, regraded, withdrawn or deleted", async () => {
    const [k1, k2] = keys as [string, string];
    await answer(ana, [{ key: k1, correct: true, at: "2026-05-01T10:00:00Z" }]);
    const later = await answer(ana, [{ key: k1, correct: false, at: "2026-05-02T10:00:00Z" }]);
    // An open question answered later, as the quiz records it (an update of the row).
    const open = await createAttempt({ userId: ana.id, topicId: ropeId, status: "IN_PROGRESS", startedAt: "2026-05-05T09:00:00Z", finishedAt: null, answers: [{ key: k2, correct: null, at: "" }] });
    expect(latestOf(await keptLatest(), ana, k2)).toBeUndefined();
    await getDb().attemptQuestion.updateMany({ where: { attemptId: open }, data: { correct: true, answeredAt: at("2026-05-05T10:00:00Z") } });
    expect(latestOf(await keptLatest(), ana, k2)).toMatchObject({ correct: true });

    // Regrading the latest answer changes the summary; regrading an older one doesn't.
    await getDb().attemptQuestion.updateMany({ where: { attemptId: later }, data: { correct: true } });
    expect(latestOf(await keptLatest(), ana, k1)).toMatchObject({ correct: true, answeredAt: at("2026-05-02T10:00:00Z") });

    // Withdrawing it, then deleting its attempt, falls back to the answer before.
    await getDb().attemptQuestion.updateMany({ where: { attemptId: later }, data: { answeredAt: null, correct: null } });
    expect(latestOf(await keptLatest(), ana, k1)).toMatchObject({ correct: true, answeredAt: at("2026-05-01T10:00:00Z") });
    await getDb().attemptQuestion.updateMany({ where: { attemptId: later }, data: { correct: false, answeredAt: at("2026-05-02T10:00:00Z") } });
    await getDb().attempt.delete({ where: { id: later } });
    expect(latestOf(await keptLatest(), ana, k1)).toMatchObject({ correct: true, answeredAt: at("2026-05-01T10:00:00Z") });
    await getDb().attempt.delete({ where: { id: open } });
    expect(latestOf(await keptLatest(), ana, k2)).toBeUndefined();
  });

  it("lets a student's account be deleted with all their answers", async () => {
    const [k1] = keys as [string];
    await answer(ana, [{ key: k1, correct: true, at: "2026-05-01T10:00:00Z" }]);
    await answer(ana, [{ key: k1, correct: false, at: "2026-05-02T10:00:00Z" }]);
    await answer(ben, [{ key: k1, correct: true, at: "2026-05-02T10:00:00Z" }]);
    await getDb().user.delete({ where: { id: ana.id } });
    expect((await keptLatest()).map((r) => r.userId)).toEqual([ben.id]);
  });
});

describe("RetentionDay, kept by triggers on ReviewLog", () => {
  it("counts first reviews of the day in review per UTC day, through undo, edits and deletions", async () => {
    const a1 = await createStudentCard(ana.id, ropeId, "REVIEW", "2026-05-01T00:00:00Z");
    const a2 = await createStudentCard(ana.id, ropeId, "REVIEW", "2026-05-01T00:00:00Z");
    const b1 = await createStudentCard(ben.id, ropeId, "REVIEW", "2026-05-01T00:00:00Z");
    await createReview(ana.id, a1, "2026-05-12T09:00:00Z", "REVIEW", "GOOD");
    await createReview(ana.id, a1, "2026-05-12T10:00:00Z", "REVIEW", "AGAIN"); // a repeat the same day
    await createReview(ana.id, a2, "2026-05-12T11:00:00Z", "REVIEW", "AGAIN");
    await createReview(ana.id, a2, "2026-05-13T09:00:00Z", "LEARNING", "GOOD"); // not in review
    // Ben is in Kolkata (UTC+5:30): 18:00Z and 19:00Z on 12 May are two local days, one UTC day.
    await createReview(ben.id, b1, "2026-05-12T18:00:00Z", "REVIEW", "HARD");
    const last = await createReview(ben.id, b1, "2026-05-12T19:00:00Z", "REVIEW", "AGAIN");
    await keptFirstOfDay();
    expect(await keptDays()).toEqual(
      [
        { userId: ana.id, day: "2026-05-12", passed: 1, total: 2 },
        { userId: ben.id, day: "2026-05-12", passed: 1, total: 2 },
      ].sort((x, y) => x.userId.localeCompare(y.userId)),
    );

    // Undo deletes the last review; an edited rating moves a review between passed and failed.
    await getDb().reviewLog.delete({ where: { id: last } });
    await getDb().reviewLog.updateMany({ where: { studentCardId: a2, stateBefore: "REVIEW" }, data: { rating: "GOOD" } });
    let days = await keptDays();
    expect(days.find((d) => d.userId === ana.id)).toEqual({ userId: ana.id, day: "2026-05-12", passed: 2, total: 2 });
    expect(days.find((d) => d.userId === ben.id)).toEqual({ userId: ben.id, day: "2026-05-12", passed: 1, total: 1 });

    // A card deleted with its reviews (an author deleting a note): its counts go too, and a day
    // left without counted reviews has no row.
    await getDb().studentCard.delete({ where: { id: b1 } });
    days = await keptDays();
    expect(days.map((d) => d.userId)).toEqual([ana.id]);
    await getDb().user.delete({ where: { id: ana.id } });
    expect(await keptDays()).toEqual([]);
  });
});

describe("the fast progress queries agree with the row-by-row ones", () => {
  /** A deterministic pseudo-random sequence, so a failure can be replayed. */
  function random(seed: number) {
    let s = seed;
    return () => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  }

  it("mastery: the LatestAnswer read equals the answers' read for any period", async () => {
    const rnd = random(11);
    const base = at("2026-04-01T00:00:00Z").getTime();
    for (const actor of [ana, ben]) {
      for (let n = 0; n < 12; n++) {
        const start = base + Math.floor(rnd() * 30 * 86_400_000);
        const picked = keys.filter(() => rnd() < 0.4);
        if (picked.length === 0) continue;
        await answer(
          actor,
          picked.map((key, i) => ({ key, correct: rnd() < 0.6, at: new Date(start + i * 45_000).toISOString() })),
        );
      }
    }
    await keptLatest();
    const periods: { from: Date | null; to: Date | null }[] = [{ from: null, to: null }, { from: null, to: at("2026-04-15T00:00:00Z") }];
    for (let i = 0; i < 25; i++) {
      const from = base + Math.floor(rnd() * 35 * 86_400_000);
      periods.push({ from: new Date(from), to: rnd() < 0.5 ? null : new Date(from + Math.floor(rnd() * 20 * 86_400_000)) });
    }
    for (const period of periods) {
      const fast = await queryMastery(getDb(), [ana.id, ben.id], period);
      const slow = await queryMasteryFromAnswers(getDb(), [ana.id, ben.id], period);
      expect(fast, JSON.stringify(period)).toEqual(slow);
    }
    // The generated answers reach the summary's path and the fallback both.
    expect(periods.some((p) => p.to === null)).toBe(true);
    expect(periods.some((p) => p.to !== null && p.to < at("2026-04-20T00:00:00Z"))).toBe(true);
  });

  it("true retention: whole UTC days from RetentionDay plus the edges equal counting every review", async () => {
    const rnd = random(5);
    const base = at("2026-04-01T00:00:00Z").getTime();
    const states: SrsState[] = ["REVIEW", "REVIEW", "REVIEW", "LEARNING", "RELEARNING"];
    const ratings: SrsRating[] = ["AGAIN", "HARD", "GOOD", "EASY"];
    for (const actor of [ana, ben]) {
      const cards = [];
      for (let c = 0; c < 6; c++) cards.push(await createStudentCard(actor.id, ropeId, "REVIEW", "2026-04-01T00:00:00Z"));
      const times = Array.from({ length: 120 }, () => base + Math.floor(rnd() * 20 * 86_400_000)).sort((x, y) => x - y);
      for (const t of times) {
        const card = cards[Math.floor(rnd() * cards.length)]!;
        await createReview(actor.id, card, new Date(t).toISOString(), states[Math.floor(rnd() * states.length)]!, ratings[Math.floor(rnd() * ratings.length)]!);
      }
    }
    await keptFirstOfDay();
    await keptDays();
    const learners = [ana, ben].map((a) => ({ userId: a.id, name: "", timeZone: "UTC" }));
    const periods: { from: Date | null; to: Date | null }[] = [
      { from: null, to: null },
      { from: at("2026-04-03T00:00:00Z"), to: at("2026-04-09T00:00:00Z") },
    ];
    for (let i = 0; i < 30; i++) {
      const from = base - 86_400_000 + Math.floor(rnd() * 22 * 86_400_000);
      const length = Math.floor(rnd() * (i < 10 ? 2 : 15) * 86_400_000);
      periods.push({ from: rnd() < 0.1 ? null : new Date(from), to: rnd() < 0.1 ? null : new Date(from + length) });
    }
    for (const period of periods) {
      const fast = await teamRetention(getDb(), learners, period);
      const rows = await getDb().$queryRaw<{ userId: string; passed: number; total: number }[]>`
        SELECT "userId", count(*) FILTER (WHERE rating <> 'AGAIN')::int AS passed, count(*)::int AS total
        FROM "ReviewLog"
        WHERE "firstOfDay" AND "stateBefore" = 'REVIEW'
          AND (${period.from}::timestamp IS NULL OR "reviewedAt" >= ${period.from}::timestamp)
          AND (${period.to}::timestamp IS NULL OR "reviewedAt" < ${period.to}::timestamp)
        GROUP BY "userId"`;
      for (const actor of [ana, ben]) {
        const row = rows.find((r) => r.userId === actor.id);
        expect(fast.get(actor.id), JSON.stringify(period)).toEqual({ passed: row?.passed ?? 0, total: row?.total ?? 0 });
      }
    }
    const all = await teamRetention(getDb(), learners, { from: null, to: null });
    expect(all.get(ana.id)!.total).toBeGreaterThan(20);
  });
});
