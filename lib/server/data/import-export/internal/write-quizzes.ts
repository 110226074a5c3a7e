import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canonicalJson } from "@/lib/questions/canonical-json";
import type { ImportIssue, ImportReport } from "../import-result";
import { quizToJson } from "@/lib/quizformer-json/quiz-json";
import { QUIZ_SELECT } from "./quiz-select";
import type { JsonQuiz } from "@/lib/quizformer-json/quizformer-json";

/**
 * Inside the caller's transaction: creates each quiz whose title is new, as an
 * unpublished draft of `createdById`. A quiz with a title already in use is never
 * overwritten: identical ones count as unchanged, others are skipped with a warning.
 */
export async function writeQuizzes(
  tx: Prisma.TransactionClient,
  quizzes: readonly { quiz: JsonQuiz; line: number | null }[],
  createdById: string,
  warnings: ImportIssue[],
): Promise<ImportReport["quizzes"]> {
  const result = { created: 0, unchanged: 0, skipped: 0 };
  if (!quizzes.length) return result;
  const topics = new Map((await tx.topic.findMany({ select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));
  const existing = await tx.quiz.findMany({ where: { title: { in: quizzes.map((q) => q.quiz.title) } }, select: QUIZ_SELECT });
  const byTitle = new Map<string, string[]>();
  for (const row of existing) byTitle.set(row.title, [...(byTitle.get(row.title) ?? []), canonicalJson(quizToJson(row))]);

  for (const { quiz, line } of quizzes) {
    const same = byTitle.get(quiz.title);
    if (same) {
      if (same.includes(canonicalJson(quiz))) result.unchanged++;
      else {
        result.skipped++;
        warnings.push({ line, message: `A quiz titled "${quiz.title}" already exists and differs; it was left as it is and this one skipped.` });
      }
      continue;
    }
    await tx.quiz.create({
      data: {
        title: quiz.title,
        description: quiz.description,
        topicId: quiz.topic ? topics.get(quiz.topic)! : null,
        feedbackMode: quiz.feedbackMode,
        timeLimitSeconds: quiz.timeLimitSeconds,
        maxAttempts: quiz.maxAttempts,
        shuffleQuestions: quiz.shuffleQuestions,
        shuffleChoices: quiz.shuffleChoices,
        createdById,
        items: {
          create: quiz.items.map((item, position) =>
            item.type === "template"
              ? { position, templateKey: item.templateKey }
              : { position, drawTopicId: topics.get(item.topic)!, drawTag: item.tag ?? null, drawDifficulty: item.difficulty ?? null, drawCount: item.count },
          ),
        },
      },
    });
    byTitle.set(quiz.title, [canonicalJson(quiz)]);
    result.created++;
  }
  return result;
}
