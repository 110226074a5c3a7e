import "server-only";
import { getDb } from "@/lib/server/db";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import type { QuizSettingsInput } from "@/lib/schemas/quiz-builder";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";
import { actorTimeZone } from "@/lib/server/data/internal/format-moment";
import { readQuizWindow } from "./internal/read-quiz-window";
import { refreshOpenDeadlines } from "./internal/refresh-open-deadlines";

/**
 * Creates a quiz, or replaces an existing one's settings and items (one
 * transaction). Fixed templates must exist; draws must name a topic. Open and close
 * dates are read in the author's account zone; attempts in progress keep their questions
 * and marks but follow the new dates and time limit.
 */
export async function saveQuiz(actor: Actor, input: QuizSettingsInput & { quizId?: string }): Promise<{ id: string }> {
  requireAdmin(actor);
  const db = getDb();
  const topics = new Map((await db.topic.findMany({ select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));
  const keys = input.items.flatMap((i) => (i.type === "template" ? [i.templateKey] : []));
  const known = new Set((await db.questionTemplate.findMany({ where: { key: { in: keys }, isLatest: true, status: "ACTIVE" }, select: { key: true } })).map((t) => t.key));
  const errors: Record<string, string> = {};
  input.items.forEach((item, i) => {
    if (item.type === "template" && !known.has(item.templateKey)) errors[`items`] ??= `Item ${i + 1}: there's no active template “${item.templateKey}”.`;
    if (item.type === "draw" && !topics.has(item.topic)) errors[`items`] ??= `Item ${i + 1}: unknown topic “${item.topic}”.`;
  });
  if (input.topic && !topics.has(input.topic)) errors.topic = "Unknown topic.";
  const window = readQuizWindow(input, await actorTimeZone(db, actor.id), errors);
  if (Object.keys(errors).length) throw new ValidationError("Please fix the quiz.", errors);

  const data = {
    title: input.title,
    description: input.description,
    topicId: input.topic ? topics.get(input.topic)! : null,
    feedbackMode: input.feedbackMode,
    timeLimitSeconds: input.timeLimitMinutes ? input.timeLimitMinutes * 60 : null,
    maxAttempts: input.maxAttempts ?? null,
    shuffleQuestions: input.shuffleQuestions,
    shuffleChoices: input.shuffleChoices,
    opensAt: window.opensAt,
    closesAt: window.closesAt,
    passPercent: input.passPercent ?? null,
    gradingMethod: input.gradingMethod,
  };
  const items = input.items.map((item, position) =>
    item.type === "template"
      ? { position, templateKey: item.templateKey, marks: item.marks }
      : { position, marks: item.marks, drawTopicId: topics.get(item.topic)!, drawTag: item.tag || null, drawDifficulty: item.difficulty || null, drawCount: item.count },
  );
  return db.$transaction(async (tx) => {
    if (input.quizId) {
      const existing = await tx.quiz.findUnique({ where: { id: input.quizId }, select: { id: true } });
      if (!existing) throw new NotFoundError("This quiz doesn't exist.");
      await tx.quizItem.deleteMany({ where: { quizId: input.quizId } });
      await tx.quiz.update({ where: { id: input.quizId }, data: { ...data, items: { create: items } } });
      await refreshOpenDeadlines(tx, input.quizId);
      return { id: input.quizId };
    }
    return tx.quiz.create({ data: { ...data, createdById: actor.id, items: { create: items } }, select: { id: true } });
  });
}
