import "server-only";
import { z } from "zod";
import { text } from "@/lib/schemas/text";
import { getDb } from "@/lib/server/db";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";

export const publishQuizSchema = z
  .object({
    quizId: text().min(1),
    audience: z.enum(["everyone", "teams"]),
    teamIds: z.array(text().min(1)).default([]),
  })
  .refine((v) => v.audience === "everyone" || v.teamIds.length > 0, { error: "Choose at least one team, or publish to everyone.", path: ["teamIds"] });

/** Publishes a quiz to every signed-in user or to chosen teams (replacing the previous audience). */
export async function publishQuiz(actor: Actor, input: z.output<typeof publishQuizSchema>, now: Date): Promise<void> {
  requireAdmin(actor);
  const db = getDb();
  const teamIds = input.audience === "teams" ? [...new Set(input.teamIds)] : [];
  if (teamIds.length && (await db.team.count({ where: { id: { in: teamIds } } })) !== teamIds.length) {
    throw new ValidationError("One of the chosen teams doesn't exist any more.", { teamIds: "Choose existing teams." });
  }
  await db.$transaction(async (tx) => {
    const quiz = await tx.quiz.findUnique({ where: { id: input.quizId }, select: { id: true } });
    if (!quiz) throw new NotFoundError("This quiz doesn't exist.");
    await tx.quizTeam.deleteMany({ where: { quizId: quiz.id } });
    if (teamIds.length) await tx.quizTeam.createMany({ data: teamIds.map((teamId) => ({ quizId: quiz.id, teamId })) });
    await tx.quiz.update({ where: { id: quiz.id }, data: { published: true, publishedToAll: input.audience === "everyone", publishedAt: now } });
  });
}

export async function unpublishQuiz(actor: Actor, quizId: string): Promise<void> {
  requireAdmin(actor);
  const { count } = await getDb().quiz.updateMany({ where: { id: quizId }, data: { published: false } });
  if (count === 0) throw new NotFoundError("This quiz doesn't exist.");
}
