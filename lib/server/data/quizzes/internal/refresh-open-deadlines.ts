import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { attemptDeadline } from "@/lib/quiz/quiz-window";
import { quizWindowSelect, studentWindow } from "./student-quiz-window";

/**
 * After a quiz's dates, time limit or audience change, each open attempt's deadline follows: its
 * time limit from its start or its student's close, whichever comes first. A close moved into the
 * past ends those attempts at the next read, at the close. Previews keep only their time limit.
 */
export async function refreshOpenDeadlines(tx: Prisma.TransactionClient, quizId: string): Promise<void> {
  const open = await tx.attempt.findMany({ where: { quizId, status: "IN_PROGRESS" }, select: { id: true, userId: true, startedAt: true, preview: true } });
  if (open.length === 0) return;
  const quiz = await tx.quiz.findUniqueOrThrow({ where: { id: quizId }, select: { timeLimitSeconds: true } });
  for (const a of open) {
    let closesAt: Date | null = null;
    if (!a.preview) {
      const row = await tx.quiz.findUniqueOrThrow({ where: { id: quizId }, select: quizWindowSelect(a.userId) });
      closesAt = studentWindow(row).closesAt;
    }
    await tx.attempt.updateMany({
      where: { id: a.id, status: "IN_PROGRESS" },
      data: { deadline: attemptDeadline(a.startedAt, quiz.timeLimitSeconds, closesAt) },
    });
  }
}
