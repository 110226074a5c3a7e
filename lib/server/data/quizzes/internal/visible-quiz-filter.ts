import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/data/actor";

/** Published quizzes the actor may take: published to everyone, or to a team they belong to. */
export function visibleQuizFilter(actor: Actor): Prisma.QuizWhereInput {
  return {
    published: true,
    OR: [{ publishedToAll: true }, { teams: { some: { team: { memberships: { some: { userId: actor.id } } } } } }],
  };
}
