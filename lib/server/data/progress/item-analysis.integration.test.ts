import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { builtInTemplates } from "@/lib/topics/built-in-templates";
import { TOPICS } from "@/lib/topics/topic-list";
import type { QuestionKind } from "@/lib/generated/prisma/enums";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";
import { makeTeam, makeUser, resetDatabase } from "@/test/integration/db-helpers";
import type { Actor } from "@/lib/server/data/actor";
import { loadVariant } from "@/lib/server/data/attempts/load-variant";
import { seedTemplates } from "@/lib/server/data/templates/seed-templates";
import { seedTopics } from "@/lib/server/data/topics/seed-topics";
import { getItemAnalysis } from "./get-item-analysis";
import { getQuizResults } from "./get-quiz-results";
import { listQuizzesForTeam } from "./quiz-list-for-team";
import type { GradingMethod } from "@/lib/quiz/grading-method";

const NOW = new Date("2026-06-01T12:00:00Z");

type Template = { id: string; key: string; definition: unknown };
type Answer = { correct: boolean; response?: unknown; misconception?: string; seed?: number } | null;

let admin: Actor;
let leadA: Actor;
let leadB: Actor;
let memberB: Actor;
let outsider: Actor;
let members: Record<"ana" | "ben" | "cai" | "dee" | "eli", Actor>;
let teamA: string;
let teamB: string;
let quiz1: string;
let quiz2: string;
let unpublished: string;
let teamBOnly: string;
let A: Template;
let B: Template;
let C: Template;
let D: Template;

async function template(kind: QuestionKind, skip = 0): Promise<Template> {
  return getDb().questionTemplate.findFirstOrThrow({ where: { kind, isLatest: true }, orderBy: { key: "asc" }, skip, select: { id: true, key: true, definition: true } });
}

/** An attempt at a quiz with one question per template (null: shown, never answered); correctCount follows the answers. */
async function attempt(
  user: Actor,
  quizId: string,
  answers: [Template, Answer][],
  times: { started: string; finished?: string; deadline?: string },
  status: "SUBMITTED" | "EXPIRED" | "IN_PROGRESS" = "SUBMITTED",
) {
  await getDb().attempt.create({
    data: {
      userId: user.id,
      quizId,
      status,
      feedbackMode: "IMMEDIATE",
      startedAt: new Date(times.started),
      finishedAt: times.finished ? new Date(times.finished) : null,
      deadline: times.deadline ? new Date(times.deadline) : null,
      questionCount: answers.length,
      correctCount: answers.filter(([, a]) => a?.correct).length,
      maxMarks: answers.length,
      marksEarned: answers.filter(([, a]) => a?.correct).length,
      questions: {
        create: answers.map(([t, a], i) => ({
          position: i + 1,
          templateId: t.id,
          seed: a?.seed ?? 7,
          correct: a ? a.correct : null,
          score: a ? (a.correct ? 1 : 0) : null,
          misconception: a?.misconception ?? null,
          answeredAt: a ? new Date(times.started) : null,
          response: a ? ((a.response ?? { kind: "numeric", text: "1" }) as object) : undefined,
        })),
      },
    },
  });
}

const right: Answer = { correct: true };
const num = (text: string, misconception?: string): Answer => ({ correct: false, response: { kind: "numeric", text }, misconception });
const pick = (choiceId: string, misconception?: string): Answer => ({ correct: false, response: { kind: "choice", choiceId }, misconception });

async function quiz(title: string, keys: string[], audience: { toAll?: boolean; teams?: string[]; published?: boolean }, gradingMethod: GradingMethod = "FIRST") {
  const q = await getDb().quiz.create({
    data: {
      title,
      gradingMethod,
      published: audience.published ?? true,
      publishedToAll: audience.toAll ?? false,
      publishedAt: new Date("2026-05-01T00:00:00Z"),
      items: { create: keys.map((templateKey, i) => ({ position: i + 1, templateKey })) },
      teams: { create: (audience.teams ?? []).map((teamId) => ({ teamId })) },
    },
    select: { id: true },
  });
  return q.id;
}

beforeAll(async () => {
  await resetDatabase();
  await seedTopics(TOPICS);
  await seedTemplates(builtInTemplates());
  [A, B, C, D] = [await template("NUMERIC"), await template("NUMERIC", 1), await template("MULTIPLE_CHOICE"), await template("TRUE_FALSE")];

  admin = await makeUser("ADMIN", "Ada Admin");
  leadA = await makeUser("STUDENT", "Lea Lead");
  leadB = await makeUser("STUDENT", "Bo Lead");
  memberB = await makeUser("STUDENT", "Bea Member");
  outsider = await makeUser("STUDENT", "Oz Outsider");
  members = {
    ana: await makeUser("STUDENT", "Ana"),
    ben: await makeUser("STUDENT", "Ben"),
    cai: await makeUser("STUDENT", "Cai"),
    dee: await makeUser("STUDENT", "Dee"),
    eli: await makeUser("STUDENT", "Eli"),
  };
  teamA = (await makeTeam(leadA, Object.values(members), "Team A")).id;
  teamB = (await makeTeam(leadB, [memberB], "Team B")).id;

  const keys = [A.key, B.key, C.key, D.key];
  quiz1 = await quiz("Memory math", keys, { teams: [teamA] });
  quiz2 = await quiz("Open warm-up", [A.key], { toAll: true });
  unpublished = await quiz("Draft", keys, { teams: [teamA], published: false });
  teamBOnly = await quiz("Team B only", keys, { teams: [teamB] });

  // First attempts at quiz 1 (items A B C D; 1 = correct):
  //   Ana 1 1 1 1 (4)   Ben 1 1 0 1 (3)   Cai 1 0 1 0 (2)   Dee 1 0 0 0 (1)   Eli 1 1 0 0 (2)
  const { ana, ben, cai, dee, eli } = members;
  await attempt(ana, quiz1, [[A, right], [B, right], [C, right], [D, right]], { started: "2026-05-02T10:00:00Z", finished: "2026-05-02T10:05:00Z" });
  await attempt(ben, quiz1, [[A, right], [B, right], [C, pick("c2", "forgot-kv-factor")], [D, right]], { started: "2026-05-02T11:00:00Z", finished: "2026-05-02T11:04:30Z" });
  await attempt(cai, quiz1, [[A, right], [B, num("12", "forgot-layers")], [C, right], [D, pick("false")]], { started: "2026-05-02T12:00:00Z", finished: "2026-05-02T12:03:00Z" }, "EXPIRED");
  await attempt(dee, quiz1, [[A, right], [B, num(" 7 ")], [C, pick("c3", "forgot-kv-factor")], [D, pick("false")]], { started: "2026-05-02T13:00:00Z", finished: "2026-05-02T13:10:00Z" });
  await attempt(eli, quiz1, [[A, right], [B, right], [C, pick("c1")], [D, pick("true")]], { started: "2026-05-02T14:00:00Z", finished: "2026-05-02T14:06:00Z" });

  // Later attempts: the results count them, the item analysis must not.
  // Dee's second is perfect; Cai's second ran out of time (still IN_PROGRESS, deadline passed) at 3 of 4;
  // Eli's second is open with no deadline, so it isn't finished and counts nowhere.
  await attempt(dee, quiz1, [[A, right], [B, right], [C, right], [D, right]], { started: "2026-05-03T09:00:00Z", finished: "2026-05-03T09:02:00Z" });
  await attempt(cai, quiz1, [[A, right], [B, num("99", "forgot-batch")], [C, right], [D, right]], { started: "2026-05-04T10:00:00Z", deadline: "2026-05-04T10:10:00Z" }, "IN_PROGRESS");
  await attempt(eli, quiz1, [[A, right], [B, null], [C, null], [D, null]], { started: "2026-05-05T10:00:00Z" }, "IN_PROGRESS");

  // The public quiz: two team members, plus a member of team B and an outsider who must never show up.
  await attempt(ana, quiz2, [[A, right]], { started: "2026-05-06T10:00:00Z", finished: "2026-05-06T10:01:00Z" });
  await attempt(ben, quiz2, [[A, num("3")]], { started: "2026-05-06T10:00:00Z", finished: "2026-05-06T10:02:00Z" });
  await attempt(memberB, quiz2, [[A, right]], { started: "2026-05-06T10:00:00Z", finished: "2026-05-06T10:01:00Z" });
  await attempt(outsider, quiz2, [[A, num("5")]], { started: "2026-05-06T10:00:00Z", finished: "2026-05-06T10:01:00Z" });
  await attempt(memberB, teamBOnly, [[A, right], [B, right], [C, right], [D, right]], { started: "2026-05-06T10:00:00Z", finished: "2026-05-06T10:01:00Z" });
});

describe("getItemAnalysis", () => {
  it("computes facility and discrimination over the graded attempts only (here: first attempts)", async () => {
    const analysis = await getItemAnalysis(leadA, { teamId: teamA, quizId: quiz1 }, NOW);
    expect(analysis.quiz).toEqual({ id: quiz1, title: "Memory math" });
    expect(analysis.gradingMethod).toBe("FIRST");
    expect(analysis.attempts).toBe(5);
    expect(analysis.items.map((i) => i.key)).toEqual([A.key, B.key, C.key, D.key]);
    const [a, b, c, d] = analysis.items;

    // A: everyone right. Facility 1 > 0.95; no variance in the item, so r is undefined.
    expect(a).toMatchObject({ kind: "NUMERIC", count: 5, correct: 5, facility: 1, discrimination: null, judged: true, needsReview: true, reasons: ["too-easy"] });

    // B: item x = [1,1,0,0,1], rest y = total − x = [4,3,2,1,2] − x = [3,2,2,1,1].
    //   x̄ = 0.6, ȳ = 1.8; Σdxdy = 0.6, Σdx² = 1.2, Σdy² = 2.8 → r = 0.6 / √3.36 = 0.3273.
    expect(b).toMatchObject({ count: 5, correct: 3, facility: 0.6, needsReview: false, reasons: [] });
    expect(b!.discrimination).toBeCloseTo(0.6 / Math.sqrt(3.36), 10);
    expect(b!.discrimination).toBeCloseTo(0.3273, 4);

    // C: x = [1,0,1,0,0], y = [3,3,1,1,2]; x̄ = 0.4, ȳ = 2; Σdxdy = 0.6 − 0.4 − 0.6 + 0.4 + 0 = 0 → r = 0.0000.
    expect(c).toMatchObject({ kind: "MULTIPLE_CHOICE", count: 5, correct: 2, facility: 0.4, needsReview: true, reasons: ["low-discrimination"] });
    expect(c!.discrimination).toBeCloseTo(0, 10);

    // D: x = [1,1,0,0,0], y = [3,2,2,1,2]; x̄ = 0.4, ȳ = 2; Σdxdy = 1, Σdx² = 1.2, Σdy² = 2 → r = 1 / √2.4 = 0.6455.
    expect(d).toMatchObject({ kind: "TRUE_FALSE", count: 5, correct: 2, facility: 0.4, needsReview: false, reasons: [] });
    expect(d!.discrimination).toBeCloseTo(1 / Math.sqrt(2.4), 10);
    expect(d!.discrimination).toBeCloseTo(0.6455, 4);
  });

  it("groups wrong first-attempt answers by misconception, with the students' own text", async () => {
    const { items } = await getItemAnalysis(admin, { teamId: teamA, quizId: quiz1 }, NOW);
    const [a, b, c, d] = items;
    expect(a!.wrongAnswers).toEqual([]);
    // Cai's "99" (forgot-batch) came in a later attempt, so it is not here; " 7 " is trimmed.
    expect(b!.wrongAnswers).toEqual([
      { misconception: "forgot-layers", count: 1, examples: ["12"] },
      { misconception: null, count: 1, examples: ["7"] },
    ]);
    // Choice ids mean something only within their variant: rebuild it to know what was picked.
    const variant = loadVariant(C, 7, true);
    const text = (id: string) => variant.choices!.find((ch) => ch.id === id)!.text;
    expect(c!.wrongAnswers).toEqual([
      { misconception: "forgot-kv-factor", count: 2, examples: [text("c2"), text("c3")] },
      { misconception: null, count: 1, examples: [text("c1")] },
    ]);
    // The most common wrong answer comes first.
    expect(d!.wrongAnswers).toEqual([{ misconception: null, count: 3, examples: ["False", "True"] }]);
  });

  it("doesn't judge questions that fewer than five first attempts answered: one perfect attempt flags nothing", async () => {
    const analysis = await getItemAnalysis(leadB, { teamId: teamB, quizId: teamBOnly }, NOW);
    expect(analysis.attempts).toBe(1);
    expect(analysis.items).toHaveLength(4);
    for (const item of analysis.items) expect(item).toMatchObject({ count: 1, correct: 1, facility: 1, judged: false, needsReview: false, reasons: [] });
  });

  it("leaves discrimination undefined below three answers, and ignores non-members of a public quiz", async () => {
    const analysis = await getItemAnalysis(leadA, { teamId: teamA, quizId: quiz2 }, NOW);
    expect(analysis.attempts).toBe(2);
    expect(analysis.items).toEqual([
      expect.objectContaining({ key: A.key, count: 2, correct: 1, facility: 0.5, discrimination: null, judged: false, needsReview: false, reasons: [] }),
    ]);
    // The outsider's "5" is not among the team's wrong answers.
    expect(analysis.items[0]!.wrongAnswers).toEqual([{ misconception: null, count: 1, examples: ["3"] }]);
  });
});

describe("getQuizResults", () => {
  it("has one row per member with a finished attempt: the grade by the quiz's method, its marks and time, attempts, last date", async () => {
    const { rows, team, gradingMethod } = await getQuizResults(leadA, { teamId: teamA, quizId: quiz1 }, NOW);
    expect(team).toEqual({ id: teamA, name: "Team A" });
    expect(gradingMethod).toBe("FIRST");
    const { ana, ben, cai, dee, eli } = members;
    expect(rows).toEqual([
      { userId: ana.id, name: "Ana", grade: 100, passed: null, graded: { marksEarned: 4, maxMarks: 4, seconds: 300 }, attempts: 1, lastAttemptAt: new Date("2026-05-02T10:05:00Z") },
      { userId: ben.id, name: "Ben", grade: 75, passed: null, graded: { marksEarned: 3, maxMarks: 4, seconds: 270 }, attempts: 1, lastAttemptAt: new Date("2026-05-02T11:04:30Z") },
      // The timed second attempt is over at its deadline, though nobody has read it since.
      { userId: cai.id, name: "Cai", grade: 50, passed: null, graded: { marksEarned: 2, maxMarks: 4, seconds: 180 }, attempts: 2, lastAttemptAt: new Date("2026-05-04T10:10:00Z") },
      { userId: dee.id, name: "Dee", grade: 25, passed: null, graded: { marksEarned: 1, maxMarks: 4, seconds: 600 }, attempts: 2, lastAttemptAt: new Date("2026-05-03T09:02:00Z") },
      // Eli's open attempt is not finished: one attempt.
      { userId: eli.id, name: "Eli", grade: 50, passed: null, graded: { marksEarned: 2, maxMarks: 4, seconds: 360 }, attempts: 1, lastAttemptAt: new Date("2026-05-02T14:06:00Z") },
    ]);
    expect(JSON.stringify(rows)).not.toContain("@");
  });

  it("only lists the team's members on a public quiz", async () => {
    const { rows } = await getQuizResults(leadA, { teamId: teamA, quizId: quiz2 }, NOW);
    expect(rows.map((r) => r.name)).toEqual(["Ana", "Ben"]);
    const forB = await getQuizResults(leadB, { teamId: teamB, quizId: quiz2 }, NOW);
    expect(forB.rows.map((r) => r.name)).toEqual(["Bea Member"]);
  });
});

describe("grading methods", () => {
  // Finished attempts at quiz 1 in start order (percent): Ana 100 · Ben 75 · Cai 50, 75 (timed out) · Dee 25, 100 · Eli 50.
  const expected: Record<GradingMethod, { grades: number[]; analysed: number; mean: number }> = {
    FIRST: { grades: [100, 75, 50, 25, 50], analysed: 5, mean: 60 },
    LAST: { grades: [100, 75, 75, 100, 50], analysed: 5, mean: 80 },
    HIGHEST: { grades: [100, 75, 75, 100, 50], analysed: 5, mean: 80 },
    AVERAGE: { grades: [100, 75, 62.5, 62.5, 50], analysed: 7, mean: 70 },
  };

  for (const method of ["FIRST", "LAST", "HIGHEST", "AVERAGE"] as const) {
    it(`grades by ${method.toLowerCase()} in the results, the pass mark, item analysis and the team's list alike`, async () => {
      await getDb().quiz.update({ where: { id: quiz1 }, data: { gradingMethod: method, passPercent: 75 } });
      try {
        const { rows, passPercent } = await getQuizResults(leadA, { teamId: teamA, quizId: quiz1 }, NOW);
        expect(passPercent).toBe(75);
        expect(rows.map((r) => r.grade)).toEqual(expected[method].grades);
        expect(rows.map((r) => r.passed)).toEqual(expected[method].grades.map((g) => g >= 75));
        // A grade from one attempt names its marks; an average has none.
        expect(rows.every((r) => (r.graded === null) === (method === "AVERAGE"))).toBe(true);

        const analysis = await getItemAnalysis(leadA, { teamId: teamA, quizId: quiz1 }, NOW);
        expect(analysis.attempts).toBe(expected[method].analysed);
        // Item A was right in every attempt; item B's facility follows the attempts analysed.
        expect(analysis.items[0]).toMatchObject({ count: expected[method].analysed, facility: 1 });

        const { quizzes } = await listQuizzesForTeam(leadA, { teamId: teamA }, NOW);
        expect(quizzes.find((q) => q.id === quiz1)).toMatchObject({ gradingMethod: method, meanGradePercent: expected[method].mean });
      } finally {
        await getDb().quiz.update({ where: { id: quiz1 }, data: { gradingMethod: "FIRST", passPercent: null } });
      }
    });
  }

  it("analyses the highest attempt's answers: Dee's perfect second attempt, not her first", async () => {
    await getDb().quiz.update({ where: { id: quiz1 }, data: { gradingMethod: "HIGHEST" } });
    try {
      const { items } = await getItemAnalysis(leadA, { teamId: teamA, quizId: quiz1 }, NOW);
      const b = items.find((i) => i.key === B.key)!;
      // B right in: Ana, Ben, Cai's second (no: "99" wrong), Dee's second, Eli → 4 of 5.
      expect(b).toMatchObject({ count: 5, correct: 4, facility: 0.8 });
      expect(b.wrongAnswers).toEqual([{ misconception: "forgot-batch", count: 1, examples: ["99"] }]);
    } finally {
      await getDb().quiz.update({ where: { id: quiz1 }, data: { gradingMethod: "FIRST" } });
    }
  });
});

describe("listQuizzesForTeam", () => {
  it("lists the quizzes published to the team or to everyone, with members, attempts and the mean grade", async () => {
    const { quizzes } = await listQuizzesForTeam(leadA, { teamId: teamA }, NOW);
    expect(quizzes.map((q) => q.title).sort()).toEqual(["Memory math", "Open warm-up"]);
    // Mean first-attempt grade: (100 + 75 + 50 + 25 + 50) / 5 = 60.
    expect(quizzes.find((q) => q.id === quiz1)).toMatchObject({ publishedToAll: false, members: 5, attempts: 7, meanGradePercent: 60 });
    expect(quizzes.find((q) => q.id === quiz2)).toMatchObject({ publishedToAll: true, members: 2, attempts: 2, meanGradePercent: 50 });
  });
});

describe("authorization", () => {
  const fns = [getQuizResults, getItemAnalysis] as const;

  it("lets the team's leads and administrators in", async () => {
    for (const fn of fns) {
      await expect(fn(leadA, { teamId: teamA, quizId: quiz1 }, NOW)).resolves.toBeTruthy();
      await expect(fn(admin, { teamId: teamA, quizId: quiz1 }, NOW)).resolves.toBeTruthy();
    }
  });

  it("keeps a lead out of another team, and members and outsiders out of the reports", async () => {
    for (const fn of fns) {
      await expect(fn(leadB, { teamId: teamA, quizId: quiz1 }, NOW)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(fn(leadA, { teamId: teamB, quizId: teamBOnly }, NOW)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(fn(members.ana, { teamId: teamA, quizId: quiz1 }, NOW)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(fn(outsider, { teamId: teamA, quizId: quiz1 }, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(listQuizzesForTeam(members.ana, { teamId: teamA }, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listQuizzesForTeam(leadB, { teamId: teamA }, NOW)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("answers 404 for a quiz the team can't see, an unpublished quiz, or a missing team", async () => {
    for (const fn of fns) {
      await expect(fn(admin, { teamId: teamB, quizId: quiz1 }, NOW)).rejects.toBeInstanceOf(NotFoundError);
      await expect(fn(leadA, { teamId: teamA, quizId: teamBOnly }, NOW)).rejects.toBeInstanceOf(NotFoundError);
      await expect(fn(leadA, { teamId: teamA, quizId: unpublished }, NOW)).rejects.toBeInstanceOf(NotFoundError);
      await expect(fn(leadA, { teamId: teamA, quizId: "no-such-quiz" }, NOW)).rejects.toBeInstanceOf(NotFoundError);
      await expect(fn(admin, { teamId: "no-such-team", quizId: quiz1 }, NOW)).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});
