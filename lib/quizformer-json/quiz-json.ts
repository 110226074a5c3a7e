import type { JsonQuiz } from "./quizformer-json";

/** A quiz as the export reads it (see the data layer's quiz-select). */
export type QuizRow = {
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
