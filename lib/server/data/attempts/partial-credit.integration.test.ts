import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { templateSchema } from "@/lib/questions/template-schema";
import { makeTeam, makeUser } from "@/test/integration/db-helpers";
import { quizSettings, resetWithSlidingWindowBank } from "@/test/integration/quiz-fixtures";
import type { Actor } from "@/lib/server/data/actor";
import { getItemAnalysis } from "@/lib/server/data/progress/get-item-analysis";
import { getQuizResults } from "@/lib/server/data/progress/get-quiz-results";
import { publishQuiz } from "@/lib/server/data/quizzes/publish-quiz";
import { saveQuiz } from "@/lib/server/data/quizzes/save-quiz";
import { seedTemplates } from "@/lib/server/data/templates/seed-templates";
import { finishAttempt } from "./finish-attempt";
import { getAttempt } from "./get-attempt";
import { loadVariant } from "./load-variant";
import { startQuizAttempt } from "./start-quiz-attempt";
import { submitAnswer } from "./submit-answer";

const NOW = new Date("2026-12-07T10:00:00Z");
const common = { topic: "sliding-window-attention", explanation: "From the definitions in the papers.", source: { title: "Longformer, arXiv 2004.05150" }, difficulty: "medium" } as const;

const MATCHING = templateSchema.parse({
  ...common,
  key: "pc-matching",
  kind: "matching",
  title: "Models and their attention layout",
  prompt: "Match each model to its attention layout.",
  pairs: [
    { prompt: "Mistral 7B", answer: "Sliding window in every layer" },
    { prompt: "Gemma 2", answer: "Local and global layers alternate" },
    { prompt: "Llama 3", answer: "Full attention in every layer" },
    { prompt: "Longformer", answer: "Window plus global tokens" },
  ],
});
const MULTI = templateSchema.parse({
  ...common,
  key: "pc-multi",
  kind: "multiple_answer",
  title: "What a sliding window bounds",
  prompt: "With a sliding window of w keys, which of these stop growing with the sequence length?",
  choices: [
    { text: "The KV cache of one layer", correct: true },
    { text: "Scores computed per query", correct: true },
    { text: "The receptive field across all layers", correct: false, feedback: "It grows by w per layer." },
    { text: "The number of queries", correct: false },
  ],
});

let admin: Actor;
let lead: Actor;
let students: Actor[];
let teamId: string;
let quizId: string;

beforeAll(async () => {
  await resetWithSlidingWindowBank();
  await seedTemplates([MATCHING, MULTI]);
  admin = await makeUser("ADMIN", "Ada Admin");
  lead = await makeUser("STUDENT", "Lee Lead");
  students = await Promise.all(["Ann", "Bob", "Cid", "Dot", "Eve"].map((n) => makeUser("STUDENT", n)));
  teamId = (await makeTeam(lead, students, "Partial team")).id;
  quizId = (
    await saveQuiz(
      admin,
      quizSettings({
        title: "Partial credit",
        description: "",
        topic: "sliding-window-attention",
        feedbackMode: "IMMEDIATE",
        shuffleQuestions: false,
        shuffleChoices: false,
        items: [
          { type: "template", templateKey: "pc-matching", marks: 4 },
          { type: "template", templateKey: "pc-multi", marks: 2 },
        ],
      }),
    )
  ).id;
  await publishQuiz(admin, { quizId, audience: "teams", teamIds: [teamId], teamWindows: {} }, NOW);
});

async function variantOf(attemptId: string, position: number) {
  const q = await getDb().attemptQuestion.findUniqueOrThrow({ where: { attemptId_position: { attemptId, position } }, include: { template: true } });
  return loadVariant(q.template, q.seed, false);
}

/** The student's matching answer with `right` of the 4 pairs right, and multiple-answer ticks by text. */
async function answer(student: Actor, right: number, ticks: string[], key: string) {
  const { attemptId } = await startQuizAttempt(student, quizId, NOW);
  const m = await variantOf(attemptId, 0);
  const wrongFor = (promptId: string) => m.choices!.find((c) => c.id !== m.solution.matches![promptId])!.id;
  const matches = Object.fromEntries(m.matchPrompts!.map((p, i) => [p.id, i < right ? m.solution.matches![p.id]! : wrongFor(p.id)]));
  const a = await submitAnswer(student, { attemptId, position: 0, response: { kind: "matching", matches }, idempotencyKey: `${key}-m` }, NOW);
  const multi = await variantOf(attemptId, 1);
  const ids = ticks.map((t) => multi.choices!.find((c) => c.text === t)!.id);
  const b = await submitAnswer(student, { attemptId, position: 1, response: { kind: "choices", choiceIds: ids }, idempotencyKey: `${key}-c` }, NOW);
  await finishAttempt(student, attemptId, NOW);
  return { attemptId, a, b };
}

describe("partial credit through an attempt", () => {
  it("stores each question's share, adds share × marks to the attempt, and shows it", async () => {
    const { attemptId, a, b } = await answer(students[0]!, 3, ["The KV cache of one layer", "The receptive field across all layers"], "ann");
    expect(a).toMatchObject({ correct: false, score: 0.75, feedback: "3 of 4 pairs right: 75 % of the marks." });
    // 1/2 right − 1/2 wrong = 0.
    expect(b).toMatchObject({ correct: false, score: 0 });
    const view = await getAttempt(students[0]!, attemptId, NOW);
    expect(view.marks).toEqual({ earned: 3, max: 6 });
    expect(view.correctCount).toBe(0);
    expect(view.questions.map((q) => q.answer?.score)).toEqual([0.75, 0]);
  });

  it("counts an answer's marks once however many times it is sent at the same moment", async () => {
    const student = students[1]!;
    const { attemptId } = await startQuizAttempt(student, quizId, NOW);
    const m = await variantOf(attemptId, 0);
    const response = { kind: "matching" as const, matches: m.solution.matches! };
    const sends = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => submitAnswer(student, { attemptId, position: 0, response, idempotencyKey: i % 2 ? "same-key-1" : `other-key-${i}` }, NOW)),
    );
    expect(sends.filter((s) => s.status === "fulfilled").length).toBeGreaterThanOrEqual(1);
    const row = await getDb().attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(row.marksEarned).toBe(4);
    expect(row.correctCount).toBe(1);
    await finishAttempt(student, attemptId, NOW);
  });

  it("grades results and item analysis by the share of marks", async () => {
    await answer(students[2]!, 2, ["The KV cache of one layer", "Scores computed per query"], "cid");
    await answer(students[3]!, 0, ["The KV cache of one layer"], "dot");
    await answer(students[4]!, 4, ["Scores computed per query", "The number of queries"], "eve");
    const { rows } = await getQuizResults(lead, { teamId, quizId }, NOW);
    // Ann 3/6, Bob 4/6 (matching only), Cid 2+2 = 4/6, Dot 0 + 1 = 1/6, Eve 4 + 0 = 4/6.
    expect(rows.map((r) => [r.name, r.graded?.marksEarned])).toEqual([
      ["Ann", 3],
      ["Bob", 4],
      ["Cid", 4],
      ["Dot", 1],
      ["Eve", 4],
    ]);
    const { items } = await getItemAnalysis(lead, { teamId, quizId }, NOW);
    const [matching, multi] = items;
    // Matching shares: 0.75, 1, 0.5, 0, 1 → facility 0.65; full credit twice.
    expect(matching).toMatchObject({ key: "pc-matching", kind: "MATCHING", count: 5, correct: 2, wrongAnswers: null });
    expect(matching!.facility).toBeCloseTo(0.65, 10);
    // Multiple answers: 0 (Ann), unanswered (Bob), 1, 0.5, 0 (1/2 − 1/2) → facility 0.375 over 4 answers.
    expect(multi).toMatchObject({ key: "pc-multi", kind: "MULTIPLE_ANSWER", count: 4, correct: 1 });
    expect(multi!.facility).toBeCloseTo(0.375, 10);
  });
});
