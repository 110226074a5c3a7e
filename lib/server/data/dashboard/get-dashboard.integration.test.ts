import { quizSettings } from "@/test/integration/quiz-fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { TOPICS } from "@/lib/topics/topic-list";
import { SLIDING_WINDOW_TEMPLATES } from "@/lib/topics/sliding-window-attention/templates";
import { BUILT_IN_CARD_INPUTS } from "@/lib/topics/built-in-cards";
import { mulberry32 } from "@/lib/random/seeded-random";
import { templateSchema } from "@/lib/questions/template-schema";
import { makeTeam, makeUser, resetDatabase } from "@/test/integration/db-helpers";
import type { Actor } from "@/lib/server/data/actor";
import { startQuizAttempt } from "@/lib/server/data/attempts/start-quiz-attempt";
import { startTopicQuiz } from "@/lib/server/data/attempts/start-topic-quiz";
import { submitAnswer } from "@/lib/server/data/attempts/submit-answer";
import { finishAttempt } from "@/lib/server/data/attempts/finish-attempt";
import { addDeck } from "@/lib/server/data/flashcards/add-deck";
import { seedCards } from "@/lib/server/data/flashcards/seed-cards";
import { publishQuiz } from "@/lib/server/data/quizzes/publish-quiz";
import { saveQuiz } from "@/lib/server/data/quizzes/save-quiz";
import { seedTemplates } from "@/lib/server/data/templates/seed-templates";
import { seedTopics } from "@/lib/server/data/topics/seed-topics";
import { getDashboard, NEW_QUIZ_DAYS } from "./get-dashboard";

const now = new Date("2026-06-01T12:00:00Z");
const DAY = 86_400_000;
let admin: Actor;

beforeAll(async () => {
  await resetDatabase();
  await getDb().questionTemplate.deleteMany();
  await seedTopics(TOPICS);
  await seedTemplates(SLIDING_WINDOW_TEMPLATES.map((t) => templateSchema.parse(t)));
  await seedCards(BUILT_IN_CARD_INPUTS.filter((c) => c.topic === "sliding-window-attention"), now);
  admin = await makeUser("ADMIN");
});

async function publishedQuiz(title: string, at: Date): Promise<string> {
  const { id } = await saveQuiz(admin, quizSettings({
    title,
    description: "",
    topic: "sliding-window-attention",
    shuffleQuestions: false,
    shuffleChoices: true,
    feedbackMode: "IMMEDIATE",
    items: [{ type: "template", templateKey: "swa-window-scores" }],
  }));
  await publishQuiz(admin, { quizId: id, audience: "everyone", teamIds: [], teamWindows: {} }, at);
  return id;
}

describe("the dashboard", () => {
  it("tells a new student where to start: nothing due, no attempt, every topic untouched, the new quiz", async () => {
    const quizId = await publishedQuiz("Fresh quiz", new Date(now.getTime() - DAY));
    await publishedQuiz("Old quiz", new Date(now.getTime() - (NEW_QUIZ_DAYS + 1) * DAY));
    const student = await makeUser();
    const d = await getDashboard(student, now);
    expect(d.review).toEqual({ due: 0, learning: 0, newCards: 0, decks: 0 });
    expect(d.openAttempts).toEqual([]);
    expect(d.newQuizzes.map((q) => q.id)).toEqual([quizId]);
    expect(d.weakestTopic).toBeNull();
    // Only topics with questions count (this bank has sliding-window attention's alone).
    expect(d.untouchedTopics.map((t) => t.slug)).toEqual(["sliding-window-attention"]);
    expect(d.streak.current).toBe(0);
    expect(d.leadAlerts).toEqual([]);
  });

  it("follows the student: cards to learn, the open attempt with its progress, the weakest topic, a started quiz no longer new", async () => {
    const student = await makeUser();
    const { added } = await addDeck(student, { topic: "sliding-window-attention" }, now);
    const { attemptId } = await startTopicQuiz(student, { topic: "sliding-window-attention", count: 3 }, now, mulberry32(3));
    await submitAnswer(student, { attemptId, position: 0, response: { kind: "numeric", text: "1" }, idempotencyKey: "dashboard-1" }, now);
    const quiz = (await getDashboard(student, now)).newQuizzes[0]!;
    await startQuizAttempt(student, quiz.id, now, mulberry32(4));

    const d = await getDashboard(student, now);
    expect(d.review.decks).toBe(1);
    expect(d.review.newCards).toBeGreaterThan(0);
    expect(d.review.newCards).toBeLessThanOrEqual(added);
    expect(d.openAttempts).toHaveLength(2);
    expect(d.openAttempts.find((a) => a.id === attemptId)).toMatchObject({ title: "Sliding-window attention quiz", answered: 1, questionCount: 3, deadline: null });
    expect(d.newQuizzes.map((q) => q.id)).not.toContain(quiz.id);
    expect(d.weakestTopic?.slug).toBe("sliding-window-attention");
    expect(d.untouchedTopics.map((t) => t.slug)).not.toContain("sliding-window-attention");
    expect(d.streak.studiedToday).toBe(true);

    await finishAttempt(student, attemptId, now);
    expect((await getDashboard(student, now)).openAttempts.map((a) => a.id)).not.toContain(attemptId);
  });

  it("shows a lead their team's alerts, and shows a member none of it", async () => {
    const lead = await makeUser();
    const member = await makeUser();
    const team = await makeTeam(lead, [member], "Night readers");
    const forLead = await getDashboard(lead, now);
    expect(forLead.leadAlerts).toEqual([{ teamId: team.id, teamName: "Night readers", members: expect.any(Number), overdueMembers: 0, quizzesToReview: [] }]);
    expect((await getDashboard(member, now)).leadAlerts).toEqual([]);
  });
});
