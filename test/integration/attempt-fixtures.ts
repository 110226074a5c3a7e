import { getDb } from "@/lib/server/db";

export type FixtureAnswer = { key: string; correct: boolean | null; at: string };

/**
 * Fixture: an attempt of a topic quiz answering the given template keys (latest versions) at the
 * given instants; `correct: null` is a question shown but never answered. Returns its id.
 */
export async function createAttempt(input: {
  userId: string;
  topicId: string;
  status?: "SUBMITTED" | "EXPIRED" | "IN_PROGRESS";
  startedAt: string;
  finishedAt: string | null;
  answers: FixtureAnswer[];
}): Promise<string> {
  const db = getDb();
  const { answers } = input;
  const templates = await db.questionTemplate.findMany({ where: { key: { in: answers.map((a) => a.key) }, isLatest: true }, select: { id: true, key: true } });
  const idOf = new Map(templates.map((t) => [t.key, t.id]));
  const created = await db.attempt.create({
    data: {
      userId: input.userId,
      topicId: input.topicId,
      status: input.status ?? "SUBMITTED",
      feedbackMode: "IMMEDIATE",
      startedAt: new Date(input.startedAt),
      finishedAt: input.finishedAt ? new Date(input.finishedAt) : null,
      questionCount: answers.length,
      correctCount: answers.filter((a) => a.correct).length,
      // One mark per question, all or nothing, as a topic quiz gives.
      maxMarks: answers.length,
      marksEarned: answers.filter((a) => a.correct).length,
      questions: {
        create: answers.map((a, i) => ({
          position: i + 1,
          templateId: idOf.get(a.key)!,
          seed: i,
          correct: a.correct,
          score: a.correct === null ? null : a.correct ? 1 : 0,
          answeredAt: a.correct === null ? null : new Date(a.at),
          response: a.correct === null ? undefined : { kind: "numeric", text: "1" },
        })),
      },
    },
    select: { id: true },
  });
  return created.id;
}

/**
 * Fixture: one submitted attempt answering the given keys at the given instants, started a minute
 * before the first answer and finished with the last, as real attempts are. Returns its id.
 */
export async function createFinishedAttempt(userId: string, topicId: string, answers: FixtureAnswer[]): Promise<string> {
  const times = answers.filter((a) => a.at).map((a) => new Date(a.at).getTime());
  return createAttempt({
    userId,
    topicId,
    startedAt: new Date(Math.min(...times) - 60_000).toISOString(),
    finishedAt: new Date(Math.max(...times)).toISOString(),
    answers,
  });
}
