import "server-only";

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
