import { z } from "zod";
import { text } from "@/lib/schemas/text";
import { LOCAL_DATE_TIME } from "@/lib/time/local-date-time";
import { GRADING_METHODS } from "@/lib/quiz/grading-method";

const optionalInt = (min: number, max: number, message: string) =>
  z.preprocess((v) => (v === "" || v === null || v === undefined ? undefined : v), z.coerce.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message }).optional());

const MARKS_ERROR = "Marks are a number from 0.01 to 100.";
/** What each question of an item is worth; 1 when left out. */
const marks = z.coerce.number({ error: MARKS_ERROR }).min(0.01, { error: MARKS_ERROR }).max(100, { error: MARKS_ERROR }).default(1);

/** A wall-clock date and time in the author's account zone ("2026-12-07T09:00"), or "" for none. */
export const localDateTimeField = z.union([z.literal(""), text().regex(LOCAL_DATE_TIME, { error: "Give a date and a time." })]).optional().default("");

export const quizItemSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("template"), templateKey: text().min(1, { error: "Choose a template." }), marks }),
  z.object({
    type: z.literal("draw"),
    marks,
    topic: text().min(1, { error: "Choose a topic for the random draw." }),
    tag: text().trim().max(40).optional().default(""),
    difficulty: z.enum(["", "EASY", "MEDIUM", "HARD"]).optional().default(""),
    count: z.coerce.number().int().min(1, { error: "Draw at least 1 question." }).max(30, { error: "Draw at most 30 questions." }),
  }),
]);
export type QuizItemInput = z.infer<typeof quizItemSchema>;

export const quizSettingsSchema = z.object({
  title: text().trim().min(3, { error: "Give the quiz a title (3+ characters)." }).max(120),
  description: text().trim().max(2000).optional().default(""),
  topic: text().optional().default(""),
  feedbackMode: z.enum(["IMMEDIATE", "DEFERRED"], { error: "Choose when students see feedback." }),
  timeLimitMinutes: optionalInt(1, 600, "The time limit is 1–600 minutes, or empty for none."),
  maxAttempts: optionalInt(1, 100, "Allowed attempts are 1–100, or empty for unlimited."),
  shuffleQuestions: z.boolean().default(true),
  shuffleChoices: z.boolean().default(true),
  opensAt: localDateTimeField,
  closesAt: localDateTimeField,
  passPercent: optionalInt(1, 100, "The pass mark is 1–100 %, or empty for none."),
  gradingMethod: z.enum(GRADING_METHODS, { error: "Choose how attempts make the grade." }).default("HIGHEST"),
  items: z.array(quizItemSchema).min(1, { error: "Add at least one question or random draw." }).max(50),
});
export type QuizSettingsInput = z.infer<typeof quizSettingsSchema>;

