import "server-only";
import { z } from "zod";
import { text } from "@/lib/schemas/text";
import { getDb } from "@/lib/server/db";
import { NotFoundError, ValidationError, type FieldErrors } from "@/lib/server/errors";
import { localDateTimeField } from "@/lib/schemas/quiz-builder";
import { actorTimeZone } from "@/lib/server/data/internal/format-moment";
import { readQuizWindow } from "./internal/read-quiz-window";
import { refreshOpenDeadlines } from "./internal/refresh-open-deadlines";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";

export const publishQuizSchema = z
  .object({
    quizId: text().min(1),
    audience: z.enum(["everyone", "teams"]),
    teamIds: z.array(text().min(1)).default([]),
    /** A chosen team's own open/close dates (wall-clock times in the author's zone); missing or "" takes the quiz's. */
    teamWindows: z.record(text().max(40), z.object({ opensAt: localDateTimeField, closesAt: localDateTimeField })).default({}),
  })
  .refine((v) => v.audience === "everyone" || v.teamIds.length > 0, { error: "Choose at least one team, or publish to everyone.", path: ["teamIds"] });

/**
 * Publishes a quiz to every signed-in user or to chosen teams (replacing the previous audience),
 * each team with its own dates if given. Attempts in progress follow the new dates.
 */
export async function publishQuiz(actor: Actor, input: z.output<typeof publishQuizSchema>, now: Date): Promise<void> {
  requireAdmin(actor);
  const db = getDb();
  const teamIds = input.audience === "teams" ? [...new Set(input.teamIds)] : [];
  if (teamIds.length && (await db.team.count({ where: { id: { in: teamIds } } })) !== teamIds.length) {
    throw new ValidationError("One of the chosen teams doesn't exist any more.", { teamIds: "Choose existing teams." });
  }
  const zone = await actorTimeZone(db, actor.id);
  const errors: FieldErrors = {};
  const windows = new Map(teamIds.map((id) => [id, readQuizWindow(input.teamWindows[id] ?? { opensAt: "", closesAt: "" }, zone, errors, `teamWindows.${id}.`)]));
  if (Object.keys(errors).length) throw new ValidationError("Please fix the teams' dates.", errors);
  await db.$transaction(async (tx) => {
    const quiz = await tx.quiz.findUnique({ where: { id: input.quizId }, select: { id: true, opensAt: true, closesAt: true } });
    if (!quiz) throw new NotFoundError("This quiz doesn't exist.");
    for (const [teamId, w] of windows) {
      // A team's close must come after its open, its own or the quiz's.
      const opens = w.opensAt ?? quiz.opensAt;
      const closes = w.closesAt ?? quiz.closesAt;
      if (opens && closes && closes <= opens) {
        throw new ValidationError("Please fix the teams' dates.", { [`teamWindows.${teamId}.closesAt`]: "This team's quiz must close after it opens." });
      }
    }
    await tx.quizTeam.deleteMany({ where: { quizId: quiz.id } });
    if (teamIds.length) await tx.quizTeam.createMany({ data: teamIds.map((teamId) => ({ quizId: quiz.id, teamId, ...windows.get(teamId)! })) });
    await tx.quiz.update({ where: { id: quiz.id }, data: { published: true, publishedToAll: input.audience === "everyone", publishedAt: now } });
    await refreshOpenDeadlines(tx, quiz.id);
  });
}

export async function unpublishQuiz(actor: Actor, quizId: string): Promise<void> {
  requireAdmin(actor);
  const { count } = await getDb().quiz.updateMany({ where: { id: quizId }, data: { published: false } });
  if (count === 0) throw new NotFoundError("This quiz doesn't exist.");
}
