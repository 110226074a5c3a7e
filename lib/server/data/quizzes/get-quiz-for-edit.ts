import "server-only";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import type { QuizItemInput, QuizSettingsInput } from "@/lib/schemas/quiz-builder";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";
import { actorTimeZone } from "@/lib/server/data/internal/format-moment";
import { localFromInstant } from "@/lib/time/local-date-time";

export type TeamWindowInput = { opensAt: string; closesAt: string };

export type QuizForEdit = QuizSettingsInput & {
  id: string;
  published: boolean;
  publishedToAll: boolean;
  teamIds: string[];
  /** Each audience team's own dates, as wall-clock times in the author's zone ("" for the quiz's). */
  teamWindows: Record<string, TeamWindowInput>;
  /** The account zone the dates are shown and read in. */
  timeZone: string;
};

/** Admin-only: a quiz in the builder's shape. */
export async function getQuizForEdit(actor: Actor, quizId: string): Promise<QuizForEdit> {
  requireAdmin(actor);
  const db = getDb();
  const timeZone = await actorTimeZone(db, actor.id);
  const local = (d: Date | null) => (d ? localFromInstant(d, timeZone) : "");
  const q = await db.quiz.findUnique({
    where: { id: quizId },
    include: { topic: { select: { slug: true } }, items: { orderBy: { position: "asc" }, include: { drawTopic: { select: { slug: true } } } }, teams: true },
  });
  if (!q) throw new NotFoundError("This quiz doesn't exist.");
  const items: QuizItemInput[] = q.items.map((i) =>
    i.templateKey
      ? { type: "template", templateKey: i.templateKey, marks: i.marks }
      : { type: "draw", marks: i.marks, topic: i.drawTopic?.slug ?? "", tag: i.drawTag ?? "", difficulty: i.drawDifficulty ?? "", count: i.drawCount },
  );
  return {
    id: q.id,
    title: q.title,
    description: q.description,
    topic: q.topic?.slug ?? "",
    feedbackMode: q.feedbackMode,
    timeLimitMinutes: q.timeLimitSeconds ? Math.round(q.timeLimitSeconds / 60) : undefined,
    maxAttempts: q.maxAttempts ?? undefined,
    shuffleQuestions: q.shuffleQuestions,
    shuffleChoices: q.shuffleChoices,
    opensAt: local(q.opensAt),
    closesAt: local(q.closesAt),
    passPercent: q.passPercent ?? undefined,
    gradingMethod: q.gradingMethod,
    items,
    published: q.published,
    publishedToAll: q.publishedToAll,
    teamIds: q.teams.map((t) => t.teamId),
    teamWindows: Object.fromEntries(q.teams.map((t) => [t.teamId, { opensAt: local(t.opensAt), closesAt: local(t.closesAt) }])),
    timeZone,
  };
}
