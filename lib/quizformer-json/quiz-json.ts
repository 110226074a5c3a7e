import "server-only";
import type { JsonQuiz } from "./quizformer-json";

/** The columns a quiz is exported with (and compared on, when a file is imported again). */
export const QUIZ_SELECT = {
  title: true,
  description: true,
  topic: { select: { slug: true } },
  feedbackMode: true,
  timeLimitSeconds: true,
  maxAttempts: true,
  shuffleQuestions: true,
  shuffleChoices: true,
  items: {
    orderBy: { position: "asc" },
    select: { templateKey: true, drawTopic: { select: { slug: true } }, drawTag: true, drawDifficulty: true, drawCount: true },
  },
} as const;

type QuizRow = {
  title: string;
  description: string;
  topic: { slug: string } | null;
  feedbackMode: JsonQuiz["feedbackMode"];
  timeLimitSeconds: number | null;
  maxAttempts: number | null;
  shuffleQuestions: boolean;
  shuffleChoices: boolean;
  items: { templateKey: string | null; drawTopic: { slug: string } | null; drawTag: string | null; drawDifficulty: "EASY" | "MEDIUM" | "HARD" | null; drawCount: number }[];
};

/** A quiz row in the export's shape. A draw whose topic was deleted has nothing to draw from and is left out. */
export function quizToJson(row: QuizRow): JsonQuiz {
  const items: JsonQuiz["items"] = row.items.flatMap((item): JsonQuiz["items"] => {
    if (item.templateKey) return [{ type: "template", templateKey: item.templateKey }];
    if (!item.drawTopic) return [];
    return [
      {
        type: "draw",
        topic: item.drawTopic.slug,
        ...(item.drawTag ? { tag: item.drawTag } : {}),
        ...(item.drawDifficulty ? { difficulty: item.drawDifficulty } : {}),
        count: item.drawCount,
      },
    ];
  });
  return {
    title: row.title,
    description: row.description,
    topic: row.topic?.slug ?? null,
    feedbackMode: row.feedbackMode,
    timeLimitSeconds: row.timeLimitSeconds,
    maxAttempts: row.maxAttempts,
    shuffleQuestions: row.shuffleQuestions,
    shuffleChoices: row.shuffleChoices,
    items,
  };
}
