import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { ConflictError, ForbiddenError, GoneError, ValidationError } from "@/lib/server/errors";
import { makeTeam, makeUser } from "@/test/integration/db-helpers";
import { quizSettings, resetWithSlidingWindowBank, rightAnswer } from "@/test/integration/quiz-fixtures";
import type { Actor } from "@/lib/server/data/actor";
import { finishAttempt } from "@/lib/server/data/attempts/finish-attempt";
import { getAttempt } from "@/lib/server/data/attempts/get-attempt";
import { listAttempts } from "@/lib/server/data/attempts/list-attempts";
import { startQuizAttempt } from "@/lib/server/data/attempts/start-quiz-attempt";
import { startQuizPreview } from "@/lib/server/data/attempts/start-quiz-preview";
import { submitAnswer } from "@/lib/server/data/attempts/submit-answer";
import { getItemAnalysis } from "@/lib/server/data/progress/get-item-analysis";
import { getQuizResults } from "@/lib/server/data/progress/get-quiz-results";
import { duplicateQuiz } from "./duplicate-quiz";
import { getQuizForEdit } from "./get-quiz-for-edit";
import { listAvailableQuizzes } from "./list-available-quizzes";
import { publishQuiz } from "./publish-quiz";
import { saveQuiz } from "./save-quiz";

// Wall-clock times are read in the author's zone: Europe/Berlin is UTC+1 in December.
const at = (iso: string) => new Date(iso);
const DAY_START = at("2026-12-07T08:00:00Z"); // 09:00 in Berlin
const CLOSE = at("2026-12-07T16:00:00Z"); // 17:00 in Berlin

let admin: Actor;
let lead: Actor;
let early: Actor;
let late: Actor;
let both: Actor;
let teamEarly: string;
let teamLate: string;

beforeAll(async () => {
  await resetWithSlidingWindowBank();
  admin = await makeUser("ADMIN", "Ada Admin");
  await getDb().user.update({ where: { id: admin.id }, data: { timeZone: "Europe/Berlin" } });
  lead = await makeUser("STUDENT", "Lee Lead");
  early = await makeUser("STUDENT", "Erin Early");
  late = await makeUser("STUDENT", "Larry Late");
  both = await makeUser("STUDENT", "Bo Both");
  teamEarly = (await makeTeam(lead, [early, both], "Early team")).id;
  teamLate = (await makeTeam(lead, [late, both], "Late team")).id;
});

let counter = 0;
async function quiz(settings: Partial<Parameters<typeof quizSettings>[0]> = {}): Promise<string> {
  const { id } = await saveQuiz(
    admin,
    quizSettings({
      title: `Rules quiz ${++counter}`,
      description: "",
      topic: "sliding-window-attention",
      feedbackMode: "IMMEDIATE",
      shuffleQuestions: false,
      shuffleChoices: false,
      items: [
        { type: "template", templateKey: "swa-window-scores", marks: 2 },
        { type: "template", templateKey: "swa-causal-scores", marks: 0.5 },
      ],
      ...settings,
    }),
  );
  return id;
}
const everyone = (quizId: string) => publishQuiz(admin, { quizId, audience: "everyone", teamIds: [], teamWindows: {} }, DAY_START);

describe("open and close dates", () => {
  it("are read in the author's zone and shown back in it", async () => {
    const id = await quiz({ opensAt: "2026-12-07T09:00", closesAt: "2026-12-07T17:00" });
    const row = await getDb().quiz.findUniqueOrThrow({ where: { id } });
    expect(row.opensAt).toEqual(DAY_START);
    expect(row.closesAt).toEqual(CLOSE);
    const edit = await getQuizForEdit(admin, id);
    expect(edit).toMatchObject({ opensAt: "2026-12-07T09:00", closesAt: "2026-12-07T17:00", timeZone: "Europe/Berlin" });
  });

  it("refuse a close before the open, and a date that doesn't exist", async () => {
    await expect(quiz({ opensAt: "2026-12-07T09:00", closesAt: "2026-12-07T09:00" })).rejects.toMatchObject({ fieldErrors: { closesAt: "The quiz must close after it opens." } });
    await expect(quiz({ closesAt: "2026-02-30T09:00" })).rejects.toBeInstanceOf(ValidationError);
  });

  it("refuse a start before the open and after the close, naming the moment in the student's zone", async () => {
    const id = await quiz({ opensAt: "2026-12-07T09:00", closesAt: "2026-12-07T17:00" });
    await everyone(id);
    await expect(startQuizAttempt(early, id, at("2026-12-07T07:59:00Z"))).rejects.toThrow("This quiz opens on 7 December 2026 at 08:00 UTC.");
    await expect(startQuizAttempt(early, id, CLOSE)).rejects.toThrow(/closed on 7 December 2026 at 16:00 UTC: it takes no new attempts/);
    const [open] = await listAvailableQuizzes(early, at("2026-12-07T07:00:00Z")).then((qs) => qs.filter((q) => q.id === id));
    expect(open!.window).toEqual({ state: "upcoming", opensAt: DAY_START });
    const { attemptId } = await startQuizAttempt(early, id, DAY_START);
    expect(attemptId).toBeTruthy();
  });

  it("end an open attempt at the close, like a time limit, whichever comes first", async () => {
    const id = await quiz({ closesAt: "2026-12-07T17:00", timeLimitMinutes: 60 });
    await everyone(id);
    const started = at("2026-12-07T15:30:00Z");
    const { attemptId } = await startQuizAttempt(late, id, started);
    expect((await getDb().attempt.findUniqueOrThrow({ where: { id: attemptId } })).deadline).toEqual(CLOSE);
    const answer = await rightAnswer(attemptId, 0);
    await expect(submitAnswer(late, { attemptId, position: 0, response: answer, idempotencyKey: "after-close-1" }, at("2026-12-07T16:00:01Z"))).rejects.toBeInstanceOf(GoneError);
    const view = await getAttempt(late, attemptId, at("2026-12-07T16:00:01Z"));
    expect(view.status).toBe("EXPIRED");
    expect(view.finishedAt).toEqual(CLOSE);
  });

  it("move the deadlines of attempts in progress when the close moves", async () => {
    const id = await quiz({ closesAt: "2026-12-07T17:00" });
    await everyone(id);
    const { attemptId } = await startQuizAttempt(early, id, DAY_START);
    await saveQuiz(admin, { ...(await getQuizForEdit(admin, id)), quizId: id, closesAt: "2026-12-07T12:00" });
    expect((await getDb().attempt.findUniqueOrThrow({ where: { id: attemptId } })).deadline).toEqual(at("2026-12-07T11:00:00Z"));
    await saveQuiz(admin, { ...(await getQuizForEdit(admin, id)), quizId: id, closesAt: "" });
    expect((await getDb().attempt.findUniqueOrThrow({ where: { id: attemptId } })).deadline).toBeNull();
  });

  it("per team: a team's dates replace the quiz's, and a member of two teams gets the widest window", async () => {
    const id = await quiz({ opensAt: "2026-12-07T09:00", closesAt: "2026-12-07T17:00" });
    await publishQuiz(
      admin,
      {
        quizId: id,
        audience: "teams",
        teamIds: [teamEarly, teamLate],
        teamWindows: { [teamEarly]: { opensAt: "", closesAt: "2026-12-07T12:00" }, [teamLate]: { opensAt: "2026-12-07T13:00", closesAt: "2026-12-08T17:00" } },
      },
      DAY_START,
    );
    const afternoon = at("2026-12-07T13:30:00Z");
    await expect(startQuizAttempt(early, id, afternoon)).rejects.toBeInstanceOf(ConflictError);
    await expect(startQuizAttempt(late, id, DAY_START)).rejects.toThrow(/opens on/);
    const lateStart = await startQuizAttempt(late, id, afternoon);
    expect((await getDb().attempt.findUniqueOrThrow({ where: { id: lateStart.attemptId } })).deadline).toEqual(at("2026-12-08T16:00:00Z"));
    // Bo is in both teams: the early team's opening and the late team's close.
    const boStart = await startQuizAttempt(both, id, DAY_START);
    expect((await getDb().attempt.findUniqueOrThrow({ where: { id: boStart.attemptId } })).deadline).toEqual(at("2026-12-08T16:00:00Z"));
  });

  it("refuse a team close before its open", async () => {
    const id = await quiz({ opensAt: "2026-12-07T09:00" });
    await expect(
      publishQuiz(admin, { quizId: id, audience: "teams", teamIds: [teamEarly], teamWindows: { [teamEarly]: { opensAt: "", closesAt: "2026-12-07T08:00" } } }, DAY_START),
    ).rejects.toMatchObject({ fieldErrors: { [`teamWindows.${teamEarly}.closesAt`]: "This team's quiz must close after it opens." } });
  });

  it("hold under parallel starts at the close: every start after it is refused, none before it is lost", async () => {
    const id = await quiz({ closesAt: "2026-12-07T17:00" });
    await everyone(id);
    const students = await Promise.all(Array.from({ length: 8 }, (_, i) => makeUser("STUDENT", `Racer ${i}`)));
    const results = await Promise.allSettled(students.map((s, i) => startQuizAttempt(s, id, i % 2 ? CLOSE : at("2026-12-07T15:59:59Z"))));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(4);
    expect(results.filter((r) => r.status === "rejected").every((r) => (r as PromiseRejectedResult).reason instanceof ConflictError)).toBe(true);
    expect(await getDb().attempt.count({ where: { quizId: id } })).toBe(4);
  });
});

describe("marks", () => {
  it("give each question its item's marks and add partial and full credit into the attempt's marks", async () => {
    const id = await quiz({ passPercent: 75 });
    await everyone(id);
    const { attemptId } = await startQuizAttempt(early, id, DAY_START);
    const view = await getAttempt(early, attemptId, DAY_START);
    expect(view.questions.map((q) => q.marks)).toEqual([2, 0.5]);
    expect(view.marks).toEqual({ earned: 0, max: 2.5 });
    await submitAnswer(early, { attemptId, position: 0, response: await rightAnswer(attemptId, 0), idempotencyKey: "marks-right-0" }, DAY_START);
    await submitAnswer(early, { attemptId, position: 1, response: { kind: "numeric", text: "1" }, idempotencyKey: "marks-wrong-1" }, DAY_START);
    await finishAttempt(early, attemptId, DAY_START);
    const done = await getAttempt(early, attemptId, DAY_START);
    expect(done.marks).toEqual({ earned: 2, max: 2.5 });
    expect(done.passPercent).toBe(75);
    const [listed] = (await listAvailableQuizzes(early, DAY_START)).filter((q) => q.id === id);
    expect(listed!.grade).toEqual({ percent: 80, passed: true, finished: 1 });
  });

  it("keep the marks a question had when the attempt started", async () => {
    const id = await quiz();
    await everyone(id);
    const { attemptId } = await startQuizAttempt(late, id, DAY_START);
    await saveQuiz(admin, { ...(await getQuizForEdit(admin, id)), quizId: id, items: [{ type: "template", templateKey: "swa-window-scores", marks: 10 }] });
    expect((await getAttempt(late, attemptId, DAY_START)).marks.max).toBe(2.5);
  });
});

describe("preview", () => {
  it("is an admin's, replaces their earlier preview, and counts in no limit, list, result or analysis", async () => {
    const id = await quiz({ maxAttempts: 1 });
    await everyone(id);
    await expect(startQuizPreview(early, id, DAY_START)).rejects.toBeInstanceOf(ForbiddenError);

    const first = await startQuizPreview(admin, id, DAY_START);
    const second = await startQuizPreview(admin, id, DAY_START);
    expect(await getDb().attempt.findUnique({ where: { id: first.attemptId } })).toBeNull();
    const preview = await getAttempt(admin, second.attemptId, DAY_START);
    expect(preview).toMatchObject({ preview: true, quizId: id });
    await submitAnswer(admin, { attemptId: second.attemptId, position: 0, response: await rightAnswer(second.attemptId, 0), idempotencyKey: "preview-0" }, DAY_START);
    await finishAttempt(admin, second.attemptId, DAY_START);

    // The one real attempt allowed is still there for the admin.
    const [listed] = (await listAvailableQuizzes(admin, DAY_START)).filter((q) => q.id === id);
    expect(listed).toMatchObject({ attemptsUsed: 0, grade: null, openAttemptId: null });
    expect((await listAttempts(admin)).map((a) => a.id)).not.toContain(second.attemptId);
    expect(await getDb().latestAnswer.count({ where: { userId: admin.id } })).toBe(0);
    expect(await getDb().templateExposure.count({ where: { userId: admin.id } })).toBe(0);
    const { attemptId } = await startQuizAttempt(admin, id, DAY_START);
    expect(attemptId).not.toBe(second.attemptId);

    // An admin in a team: their preview shows in neither the team's results nor its analysis.
    await makeTeam(admin, [], "Admin's team").then(async (t) => {
      await publishQuiz(admin, { quizId: id, audience: "teams", teamIds: [t.id], teamWindows: {} }, DAY_START);
      expect((await getQuizResults(admin, { teamId: t.id, quizId: id }, DAY_START)).rows).toEqual([]);
      expect((await getItemAnalysis(admin, { teamId: t.id, quizId: id }, DAY_START)).attempts).toBe(0);
    });
  });

  it("leaves exactly one preview when an author starts several at once", async () => {
    const id = await quiz();
    await Promise.all(Array.from({ length: 6 }, () => startQuizPreview(admin, id, DAY_START)));
    expect(await getDb().attempt.count({ where: { quizId: id, userId: admin.id, preview: true } })).toBe(1);
  });
});

describe("duplicate", () => {
  beforeEach(() => undefined);
  it("copies the rules, dates and items with their marks, unpublished and without attempts", async () => {
    const id = await quiz({ closesAt: "2026-12-07T17:00", passPercent: 60, gradingMethod: "AVERAGE", maxAttempts: 3 });
    await everyone(id);
    await startQuizAttempt(early, id, DAY_START);
    const copy = await duplicateQuiz(admin, id);
    await expect(duplicateQuiz(lead, id)).rejects.toBeInstanceOf(ForbiddenError);
    const original = await getQuizForEdit(admin, id);
    const copied = await getQuizForEdit(admin, copy.id);
    expect(copied).toMatchObject({ ...original, id: copy.id, title: `Copy of ${original.title}`, published: false, publishedToAll: false, teamIds: [] });
    expect(await getDb().attempt.count({ where: { quizId: copy.id } })).toBe(0);
  });
});
