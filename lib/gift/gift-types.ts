/** How GIFT question text is written; Quizformer stores Markdown. */
export type GiftFormat = "moodle" | "html" | "markdown" | "plain";

/** A weighted answer: weight is the Moodle grade in percent (100 = fully correct, 0 = wrong, negative = penalty). */
export type GiftChoice = { text: string; weight: number; feedback?: string };

export type GiftNumericAnswer = { weight: number; feedback?: string } & ({ value: number; tolerance: number } | { min: number; max: number });

type GiftBase = {
  /** 1-based line where the question starts in the source. */
  line: number;
  title?: string;
  format?: GiftFormat;
  /** The question text, unescaped; "_____" marks where an answer block stood mid-sentence. */
  text: string;
  /** The `$CATEGORY:` path in force, as written ("rope/scaling"). */
  category?: string;
  /** Shown after answering, whatever the answer (`####…`). */
  generalFeedback?: string;
};

/** What the answer block `{…}` says, by kind. */
export type GiftAnswers =
  | { kind: "numeric"; answers: GiftNumericAnswer[] }
  /**
   * `multiple`: every answer is written with "~" (weights, no "="), which Moodle reads as a
   * multiple-answer question (tick all that apply) rather than one to pick.
   */
  | { kind: "multiple_choice"; choices: GiftChoice[]; multiple?: boolean }
  /** feedbackWrong is shown to students who answered wrongly, feedbackRight to the others (GIFT order). */
  | { kind: "true_false"; answer: boolean; feedbackWrong?: string; feedbackRight?: string }
  | { kind: "short_answer"; answers: GiftChoice[] }
  | { kind: "matching"; pairs: { left: string; right: string }[] };

export type GiftQuestion = GiftBase & GiftAnswers;

export type GiftKind = GiftQuestion["kind"];

/** A problem in the source, at the line it concerns. */
export type GiftIssue = { line: number; message: string };

export type GiftParseResult = {
  questions: GiftQuestion[];
  errors: GiftIssue[];
  /** Well-formed items Quizformer skips (essays, descriptions). */
  warnings: GiftIssue[];
};
