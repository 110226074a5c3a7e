import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { builtInTemplates } from "@/lib/topics/built-in-templates";
import { TOPICS } from "@/lib/topics/topic-list";
import type { SrsRating, SrsState } from "@/lib/generated/prisma/enums";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/server/errors";
import { makeTeam, makeUser, resetDatabase } from "@/test/integration/db-helpers";
import { createAttempt } from "@/test/integration/attempt-fixtures";
import { createReview, createStudentCard } from "@/test/integration/review-fixtures";
import type { Actor } from "@/lib/server/data/actor";
import { seedTemplates } from "@/lib/server/data/templates/seed-templates";
import { seedTopics } from "@/lib/server/data/topics/seed-topics";
import { getTeamAggregates } from "./get-team-aggregates";
import { getTeamMemberProgress } from "./get-team-member-progress";
import { getTeamProgress } from "./get-team-progress";
import { teamFileName, teamProgressCsvHeader, teamProgressCsvRows } from "@/lib/progress/team-progress-csv";

/**
 * Hand-computed fixture. Team A: lead Lee, members Ana (UTC), Ben (Asia/Tokyo, UTC+9) and Cy
 * (no activity). Team B: lead Bo. The dashboard is read at `now` over 10–20 May 2026 (UTC days).
 */
const now = new Date("2026-05-20T12:00:00Z");
const period = { from: new Date("2026-05-10T00:00:00Z"), to: new Date("2026-05-21T00:00:00Z") };

let admin: Actor;
let lee: Actor;
let bo: Actor;
let ana: Actor;
let ben: Actor;
let cy: Actor;
let teamA: string;
let teamB: string;
let rope: { id: string; title: string; keys: string[] };
let swa: { id: string; title: string; keys: string[] };
let topicIds: string[];
let totals: Map<string, number>;

async function topic(slug: string) {
  const db = getDb();
  const t = await db.topic.findUniqueOrThrow({ where: { slug }, select: { id: true, title: true } });
  const keys = (await db.questionTemplate.findMany({ where: { topicId: t.id, isLatest: true, status: "ACTIVE" }, orderBy: { key: "asc" }, select: { key: true } })).map((q) => q.key);
  return { ...t, keys };
}

/** A submitted topic quiz with the given answers, started and finished at the given times. */
async function attempt(actor: Actor, topicId: string, startedAt: string, finishedAt: string, answers: { key: string; correct: boolean; at: string }[]) {
  await createAttempt({ userId: actor.id, topicId, startedAt, finishedAt, answers });
}

const card = (actor: Actor, topicId: string, state: SrsState, due: string, suspended = false) => createStudentCard(actor.id, topicId, state, due, suspended);
const review = (actor: Actor, studentCardId: string, at: string, stateBefore: SrsState, rating: SrsRating) => createReview(actor.id, studentCardId, at, stateBefore, rating);

beforeAll(async () => {
  await resetDatabase();
  const db = getDb();
  await db.questionTemplate.deleteMany({ where: { questions: { none: {} } } });
  await seedTopics(TOPICS);
  await seedTemplates(builtInTemplates());
  admin = await makeUser("ADMIN", "Ada Admin");
  lee = await makeUser("STUDENT", "Lee Lead");
  bo = await makeUser("STUDENT", "Bo Lead");
  ana = await makeUser("STUDENT", "Ana");
  ben = await makeUser("STUDENT", "Ben");
  cy = await makeUser("STUDENT", "Cy");
  await db.user.update({ where: { id: ben.id }, data: { timeZone: "Asia/Tokyo" } });
  teamA = (await makeTeam(lee, [ana, ben, cy], "Inference Guild")).id;
  teamB = (await makeTeam(bo, [], "Other team")).id;
  rope = await topic("rope");
  swa = await topic("sliding-window-attention");
  const active = await db.questionTemplate.groupBy({ by: ["topicId"], where: { isLatest: true, status: "ACTIVE" }, _count: { _all: true } });
  totals = new Map(active.map((a) => [a.topicId, a._count._all]));
  topicIds = (await db.topic.findMany({ where: { id: { in: [...totals.keys()] } }, orderBy: { order: "asc" }, select: { id: true } })).map((t) => t.id);

  const [r1, r2, r3, r4] = rope.keys as [string, string, string, string];
  // Ana, before the period: r4 right (outside, so not counted). In it: r1 and r2 right, r3 wrong.
  await attempt(ana, rope.id, "2026-05-01T10:00:00Z", "2026-05-01T10:05:00Z", [{ key: r4, correct: true, at: "2026-05-01T10:01:00Z" }]);
  await attempt(ana, rope.id, "2026-05-15T10:00:00Z", "2026-05-15T10:05:00Z", [
    { key: r1, correct: true, at: "2026-05-15T10:01:00Z" },
    { key: r2, correct: true, at: "2026-05-15T10:02:00Z" },
    { key: r3, correct: false, at: "2026-05-15T10:03:00Z" },
  ]);
  // Ben: one right answer in sliding-window attention, nothing in RoPE.
  await attempt(ben, swa.id, "2026-05-16T02:00:00Z", "2026-05-16T02:10:30Z", [{ key: swa.keys[0]!, correct: true, at: "2026-05-16T02:01:00Z" }]);
  // Lee (a lead) answers too, but leads are not rows of the dashboard.
  await attempt(lee, rope.id, "2026-05-17T10:00:00Z", "2026-05-17T10:01:00Z", [{ key: r1, correct: true, at: "2026-05-17T10:00:30Z" }]);

  // Decks: Ana and Ben study RoPE; Ana doesn't study sliding-window attention.
  await db.deckSubscription.createMany({ data: [ana, ben].map((u) => ({ userId: u.id, topicId: rope.id })) });
  // Ana (UTC, today starts 20 May 00:00Z): overdue are a1 (3 days) and a2 (1 day).
  const a1 = await card(ana, rope.id, "REVIEW", "2026-05-17T08:00:00Z");
  const a2 = await card(ana, rope.id, "REVIEW", "2026-05-19T23:00:00Z");
  const a3 = await card(ana, rope.id, "REVIEW", "2026-05-20T06:00:00Z"); // due later today
  await card(ana, rope.id, "NEW", "2026-05-01T00:00:00Z"); // new cards are never overdue
  await card(ana, rope.id, "REVIEW", "2026-05-01T00:00:00Z", true); // suspended
  await card(ana, swa.id, "REVIEW", "2026-05-01T00:00:00Z"); // a deck she no longer studies
  // Ben (Tokyo, today starts 19 May 15:00Z): b1 is due 20 May 01:00 his time, not overdue (it would
  // be in UTC); b2 is due 19 May 23:00 his time, one day overdue.
  const b1 = await card(ben, rope.id, "REVIEW", "2026-05-19T16:00:00Z");
  await card(ben, rope.id, "RELEARNING", "2026-05-19T14:00:00Z");

  // Ana's reviews (UTC days). Counted: a1 on 12 May (Good, pass), a1 on 13 May (Again, fail), a3 on
  // 10 May (Good, pass) → 2 of 3. Not counted: repeats the same day, a first review in learning
  // (a2 on 14 May, which also makes the Hard after it a repeat), and one before the period.
  await review(ana, a1, "2026-05-12T09:00:00Z", "REVIEW", "GOOD");
  await review(ana, a1, "2026-05-12T10:00:00Z", "REVIEW", "AGAIN");
  await review(ana, a1, "2026-05-13T09:00:00Z", "REVIEW", "AGAIN");
  await review(ana, a1, "2026-05-13T09:10:00Z", "RELEARNING", "GOOD");
  await review(ana, a2, "2026-05-14T08:00:00Z", "LEARNING", "GOOD");
  await review(ana, a2, "2026-05-14T09:00:00Z", "REVIEW", "HARD");
  await review(ana, a2, "2026-05-09T23:30:00Z", "REVIEW", "GOOD");
  await review(ana, a3, "2026-05-09T23:50:00Z", "LEARNING", "GOOD");
  await review(ana, a3, "2026-05-10T00:10:00Z", "REVIEW", "GOOD");
  // Ben's reviews (Tokyo days). 9 May 20:00Z is 10 May 05:00 in Tokyo, before the period but the
  // same local day as 10 May 01:00Z, which is therefore a repeat, not counted. 15 May 14:00Z (23:00)
  // and 15:00Z+1h (16 May 01:00) are two Tokyo days: both first reviews → 1 of 2.
  await review(ben, b1, "2026-05-09T20:00:00Z", "LEARNING", "GOOD");
  await review(ben, b1, "2026-05-10T01:00:00Z", "REVIEW", "AGAIN");
  await review(ben, b1, "2026-05-15T14:00:00Z", "REVIEW", "AGAIN");
  await review(ben, b1, "2026-05-15T16:00:00Z", "REVIEW", "GOOD");
});

describe("getTeamMemberProgress", () => {
  it("gives mastery per member and topic over the period, and the team's averages", async () => {
    const dashboard = await getTeamMemberProgress(lee, { teamId: teamA, ...period }, now);
    expect(dashboard.team).toEqual({ id: teamA, name: "Inference Guild" });
    expect(dashboard.topics.map((t) => t.id)).toEqual(topicIds);
    expect(dashboard.members.map((m) => m.name)).toEqual(["Ana", "Ben", "Cy"]);

    const ropeTotal = totals.get(rope.id)!;
    const swaTotal = totals.get(swa.id)!;
    const all = [...totals.values()].reduce((a, b) => a + b, 0);
    expect(ropeTotal).toBe(builtInTemplates().filter((t) => t.topic === "rope").length);
    const cell = (name: string, topicId: string) => dashboard.members.find((m) => m.name === name)!.mastery.find((c) => c.topicId === topicId);
    expect(cell("Ana", rope.id)).toEqual({ topicId: rope.id, mastered: 2, answered: 3, total: ropeTotal, ratio: 2 / ropeTotal });
    expect(cell("Ana", swa.id)).toEqual({ topicId: swa.id, mastered: 0, answered: 0, total: swaTotal, ratio: 0 });
    expect(cell("Ben", swa.id)).toEqual({ topicId: swa.id, mastered: 1, answered: 1, total: swaTotal, ratio: 1 / swaTotal });
    expect(cell("Cy", rope.id)).toMatchObject({ mastered: 0, answered: 0, ratio: 0 });
    expect(dashboard.members.map((m) => m.overall)).toEqual([
      { mastered: 2, answered: 3, total: all, ratio: 2 / all },
      { mastered: 1, answered: 1, total: all, ratio: 1 / all },
      { mastered: 0, answered: 0, total: all, ratio: 0 },
    ]);

    const avg = (topicId: string) => dashboard.averages.topics.find((a) => a.topicId === topicId)!.ratio;
    expect(avg(rope.id)).toBeCloseTo(2 / ropeTotal / 3, 12);
    expect(avg(swa.id)).toBeCloseTo(1 / swaTotal / 3, 12);
    expect(dashboard.averages.overall).toBeCloseTo(1 / all, 12);

    // Without a period, Ana's earlier right answer to r4 counts too.
    const allTime = await getTeamMemberProgress(lee, { teamId: teamA }, now);
    expect(allTime.members[0]!.mastery.find((c) => c.topicId === rope.id)).toMatchObject({ mastered: 3, answered: 4 });
  });

  it("counts overdue reviews before each member's local today, and by how many days", async () => {
    const dashboard = await getTeamMemberProgress(lee, { teamId: teamA, ...period }, now);
    expect(dashboard.members.map((m) => [m.name, m.overdue])).toEqual([
      ["Ana", { cards: 2, oldestDays: 3 }],
      ["Ben", { cards: 1, oldestDays: 1 }],
      ["Cy", { cards: 0, oldestDays: null }],
    ]);
  });

  it("computes true retention per member by their local days", async () => {
    const dashboard = await getTeamMemberProgress(lee, { teamId: teamA, ...period }, now);
    expect(dashboard.members.map((m) => [m.name, m.retention])).toEqual([
      ["Ana", { passed: 2, total: 3 }],
      ["Ben", { passed: 1, total: 2 }],
      ["Cy", { passed: 0, total: 0 }],
    ]);
  });

  it("lists recent activity in the period, newest first: quizzes and review days", async () => {
    const dashboard = await getTeamMemberProgress(lee, { teamId: teamA, ...period }, now);
    const summary = dashboard.activity.map((e) =>
      e.kind === "attempt" ? `${e.name} quiz ${e.topicTitle} ${e.correct}/${e.questions} ${e.seconds}s` : `${e.name} reviews ${e.day} ×${e.reviews}`,
    );
    expect(summary).toEqual([
      `Ben quiz ${swa.title} 1/1 630s`,
      "Ben reviews 2026-05-16 ×1",
      "Ben reviews 2026-05-15 ×1",
      `Ana quiz ${rope.title} 2/3 300s`,
      "Ana reviews 2026-05-14 ×2",
      "Ana reviews 2026-05-13 ×2",
      "Ana reviews 2026-05-12 ×2",
      "Ben reviews 2026-05-10 ×1",
      "Ana reviews 2026-05-10 ×1",
    ]);
    expect(dashboard.activity[0]).toMatchObject({ kind: "attempt", at: new Date("2026-05-16T02:10:30Z"), userId: ben.id, quizTitle: null });
  });

  it("never carries an email", async () => {
    const dashboard = await getTeamMemberProgress(admin, { teamId: teamA, ...period }, now);
    const json = JSON.stringify(dashboard);
    expect(json).not.toContain("@");
    expect(json).not.toContain("example.test");
  });

  it("is for the team's leads and administrators only", async () => {
    await expect(getTeamMemberProgress(admin, { teamId: teamA, ...period }, now)).resolves.toMatchObject({ team: { id: teamA } });
    await expect(getTeamMemberProgress(bo, { teamId: teamA, ...period }, now)).rejects.toThrow(ForbiddenError);
    await expect(getTeamMemberProgress(lee, { teamId: teamB, ...period }, now)).rejects.toThrow(ForbiddenError);
    await expect(getTeamMemberProgress(ana, { teamId: teamA, ...period }, now)).rejects.toThrow(ForbiddenError);
    await expect(getTeamMemberProgress(admin, { teamId: "no-such-team" }, now)).rejects.toThrow(NotFoundError);
    await expect(getTeamMemberProgress(lee, { teamId: teamA, from: period.to, to: period.from }, now)).rejects.toThrow(ValidationError);
  });
});

describe("getTeamAggregates", () => {
  it("gives members the team's figures only", async () => {
    const aggregates = await getTeamAggregates(ana, { teamId: teamA, ...period }, now);
    const dashboard = await getTeamMemberProgress(lee, { teamId: teamA, ...period }, now);
    expect(aggregates).toEqual({
      team: { id: teamA, name: "Inference Guild" },
      period: { from: period.from, to: period.to },
      topics: dashboard.topics,
      memberCount: 3,
      averages: dashboard.averages,
      overdue: { members: 2, share: 2 / 3 },
    });
    expect(JSON.stringify(aggregates)).not.toMatch(/Ana|Ben|Cy|@/);
  });

  it("is closed to outsiders", async () => {
    await expect(getTeamAggregates(bo, { teamId: teamA }, now)).rejects.toThrow(ForbiddenError);
    await expect(getTeamAggregates(admin, { teamId: teamA }, now)).resolves.toMatchObject({ memberCount: 3 });
  });
});

describe("getTeamProgress", () => {
  it("gives leads and administrators the dashboard, members the averages, and refuses outsiders", async () => {
    const input = { teamId: teamA, ...period };
    const dashboard = await getTeamMemberProgress(lee, input, now);
    expect(await getTeamProgress(lee, input, now)).toEqual({ kind: "byMember", progress: dashboard });
    expect(await getTeamProgress(admin, input, now)).toEqual({ kind: "byMember", progress: await getTeamMemberProgress(admin, input, now) });
    expect(await getTeamProgress(ana, input, now)).toEqual({ kind: "aggregates", aggregates: await getTeamAggregates(ana, input, now) });
    await expect(getTeamProgress(bo, input, now)).rejects.toThrow(ForbiddenError);
    await expect(getTeamProgress(ana, { ...input, teamId: "no-such-team" }, now)).rejects.toThrow(NotFoundError);
  });
});

describe("team progress CSV", () => {
  it("has one row per member with the dashboard's figures", async () => {
    const dashboard = await getTeamMemberProgress(lee, { teamId: teamA, ...period }, now);
    const header = teamProgressCsvHeader(dashboard);
    expect(header[0]).toBe("Member");
    expect(header.slice(-4)).toEqual(["Overall mastery %", "Overdue cards", "Oldest overdue (days)", "Retention %"]);
    expect(header).toContain(`${rope.title} mastery %`);
    const rows = [...teamProgressCsvRows(dashboard)];
    const ropeColumn = header.indexOf(`${rope.title} mastery %`);
    const all = [...totals.values()].reduce((a, b) => a + b, 0);
    // Ana mastered 2 of RoPE's templates: a percentage with one decimal.
    expect(rows.map((r) => [r[0], r[ropeColumn]])).toEqual([
      ["Ana", Math.round((2 / totals.get(rope.id)!) * 1000) / 10],
      ["Ben", 0],
      ["Cy", 0],
    ]);
    expect(rows.map((r) => r.slice(-4))).toEqual([
      [Math.round((2 / all) * 1000) / 10, 2, 3, 66.7],
      [Math.round((1 / all) * 1000) / 10, 1, 1, 50],
      [0, 0, null, null],
    ]);
  });

  it("names the file after the team, safely", () => {
    expect(teamFileName("Inference Guild!")).toBe("inference-guild");
    expect(teamFileName('Équipe "A"/../b')).toBe("equipe-a-b");
    expect(teamFileName("???")).toBe("team");
  });
});
