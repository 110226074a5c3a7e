import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { effectiveWindow, type QuizWindow } from "@/lib/quiz/quiz-window";

/**
 * What the data layer reads of a quiz to know a student's window: the quiz's dates and, when it
 * is published to teams, the dates of those of its teams the student is a member of.
 */
export function quizWindowSelect(userId: string) {
  return {
    opensAt: true,
    closesAt: true,
    publishedToAll: true,
    teams: { where: { team: { memberships: { some: { userId } } } }, select: { opensAt: true, closesAt: true } },
  } satisfies Prisma.QuizSelect;
}

type WindowRow = QuizWindow & { publishedToAll: boolean; teams: QuizWindow[] };

/** The student's window from a row read with quizWindowSelect: team dates count only for a quiz published to teams. */
export function studentWindow(row: WindowRow): QuizWindow {
  return effectiveWindow({ opensAt: row.opensAt, closesAt: row.closesAt }, row.publishedToAll ? [] : row.teams);
}
