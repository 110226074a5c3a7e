/** Text as Moodle stores it, with its format: html, moodle_auto_format, plain_text or markdown. */
export type MoodleText = { text: string; format: string };

/** An answer with Moodle's grade in percent (`fraction`: 100 right, 0 wrong, negative a penalty). */
export type MoodleAnswer = { line: number; fraction: number; text: MoodleText; feedback?: MoodleText };

export type MoodleUnit = { name: string; multiplier: number };

/** How Moodle grades units (numerical and calculated questions). */
export type MoodleUnits = {
  units: MoodleUnit[];
  /** 0: units not graded; 1: penalty as a share of the response's grade; 2: of the question's. */
  gradingType: number;
  penalty: number;
  /** 0: typed; 1: chosen from a list; 2: from a menu; 3: not shown. */
  showUnits: number;
  line: number;
};

export type MoodleNumericalAnswer = MoodleAnswer & { tolerance: number };

/** An answer of a calculated question: `text` is the formula. */
export type MoodleCalculatedAnswer = MoodleAnswer & {
  tolerance: number;
  /** 1 relative, 2 nominal, 3 geometric. */
  toleranceType: number;
  /** 1 decimals, 2 significant figures. */
  answerFormat: number;
  answerLength: number;
};

export type MoodleDataset = {
  line: number;
  name: string;
  status: "private" | "shared";
  distribution: string;
  min: number;
  max: number;
  decimals: number;
  /** By item number; a question's draw k takes item k of every wildcard. */
  items: { number: number; value: number }[];
};

/** A child element of a question that no field above carries, kept so the mapping can report it. */
export type MoodleExtra = { name: string; line: number; value: string };

export type MoodleQuestionBase = {
  line: number;
  /** The `type` attribute. */
  type: string;
  name: string;
  questionText: MoodleText;
  generalFeedback?: MoodleText;
  /** The category in force ("$course$/top/RoPE/scaling"). */
  category?: string;
  /** Moodle's own tags (`<tags><tag><text>`). */
  tags: string[];
  /** Child elements that no field carries (penalty, hints, shuffling, combined feedback…). */
  extras: MoodleExtra[];
};

/** What each question type holds beyond the common parts. */
export type MoodleAnswers =
  | { kind: "multichoice"; single: boolean; answers: MoodleAnswer[] }
  | { kind: "truefalse"; answers: MoodleAnswer[] }
  | { kind: "shortanswer"; caseSensitive: boolean; answers: MoodleAnswer[] }
  | { kind: "numerical"; answers: MoodleNumericalAnswer[]; units: MoodleUnits }
  | { kind: "matching"; subquestions: { line: number; text: MoodleText; answer: string }[] }
  | { kind: "calculated"; simple: boolean; answers: MoodleCalculatedAnswer[]; units: MoodleUnits; datasets: MoodleDataset[] };

export type MoodleQuestion = MoodleQuestionBase & MoodleAnswers;

/** A problem or remark, at the line it concerns. */
export type MoodleIssue = { line: number | null; message: string };
