export const KIND_LABELS: Record<string, string> = {
  NUMERIC: "Numeric",
  MULTIPLE_CHOICE: "Multiple choice",
  TRUE_FALSE: "True / false",
  ORDERING: "Ordering",
  SHORT_TEXT: "Short text",
  MATCHING: "Matching",
  MULTIPLE_ANSWER: "Multiple answers",
  numeric: "Numeric",
  multiple_choice: "Multiple choice",
  true_false: "True / false",
  ordering: "Ordering",
  short_text: "Short text",
  matching: "Matching",
  multiple_answer: "Multiple answers",
};

export const DIFFICULTY_LABELS: Record<string, string> = { EASY: "Easy", MEDIUM: "Medium", HARD: "Hard", easy: "Easy", medium: "Medium", hard: "Hard" };
export const DIFFICULTY_TONES = { EASY: "green", MEDIUM: "amber", HARD: "red", easy: "green", medium: "amber", hard: "red" } as const;
