import { z } from "zod";
import { text } from "@/lib/schemas/text";

const difficulty = z.enum(["EASY", "MEDIUM", "HARD"]);

export const jsonQuizItemSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("template"), templateKey: text().min(1) }),
  z.object({
    type: z.literal("draw"),
    topic: text().min(1),
    tag: text().max(40).optional(),
    difficulty: difficulty.optional(),
    count: z.number().int().min(1).max(30),
  }),
]);

export const jsonQuizSchema = z.object({
  title: text().trim().min(3).max(120),
  description: text().max(2000).default(""),
  topic: text().nullable().default(null),
  feedbackMode: z.enum(["IMMEDIATE", "DEFERRED"]),
  timeLimitSeconds: z.number().int().positive().nullable().default(null),
  maxAttempts: z.number().int().min(1).nullable().default(null),
  shuffleQuestions: z.boolean().default(true),
  shuffleChoices: z.boolean().default(true),
  items: z.array(jsonQuizItemSchema).min(1).max(50),
});
export type JsonQuiz = z.output<typeof jsonQuizSchema>;

/**
 * The Quizformer export file: the latest version of every template (its
 * definition is checked separately, with `validateTemplate`) and the quizzes,
 * without who made them or whom they are published to.
 */
export const quizformerJsonSchema = z.object({
  format: z.literal("quizformer", { error: 'This isn\'t a Quizformer export: "format" must be "quizformer".' }),
  version: z.literal(1, { error: "This export's version isn't supported: this Quizformer reads version 1." }),
  exportedAt: text().optional(),
  templates: z.array(z.object({ key: text().min(1), version: z.number().int().positive().optional(), definition: z.unknown() })).default([]),
  quizzes: z.array(jsonQuizSchema).default([]),
});
export type QuizformerJson = z.output<typeof quizformerJsonSchema>;
