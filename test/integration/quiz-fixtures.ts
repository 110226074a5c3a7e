import type { z } from "zod";
import { quizSettingsSchema } from "@/lib/schemas/quiz-builder";
import { getDb } from "@/lib/server/db";
import { TOPICS } from "@/lib/topics/topic-list";
import { SLIDING_WINDOW_TEMPLATES } from "@/lib/topics/sliding-window-attention/templates";
import type { Response } from "@/lib/questions/grade-response";
import { templateSchema } from "@/lib/questions/template-schema";
import { loadVariant } from "@/lib/server/data/attempts/load-variant";
import { seedTemplates } from "@/lib/server/data/templates/seed-templates";
import { seedTopics } from "@/lib/server/data/topics/seed-topics";
import { resetDatabase } from "./db-helpers";

/** A fresh database whose question bank is the built-in sliding-window templates only. */
export async function resetWithSlidingWindowBank(): Promise<void> {
  await resetDatabase();
  await getDb().questionTemplate.deleteMany();
  await seedTopics(TOPICS);
  await seedTemplates(SLIDING_WINDOW_TEMPLATES.map((t) => templateSchema.parse(t)));
}

/** The right response to a question, worked out from the stored template version and seed, as the server does. */
export async function rightAnswer(attemptId: string, position: number): Promise<Response> {
  const q = await getDb().attemptQuestion.findUniqueOrThrow({
    where: { attemptId_position: { attemptId, position } },
    include: { template: true, attempt: { select: { shuffleChoices: true } } },
  });
  const v = loadVariant(q.template, q.seed, q.attempt.shuffleChoices);
  if (v.kind === "numeric") return { kind: "numeric", text: v.solution.expectedText };
  if (v.kind === "ordering") return { kind: "ordering", order: v.solution.order! };
  if (v.kind === "short_text") return { kind: "text", text: v.solution.accepted![0]! };
  return { kind: "choice", choiceId: v.solution.correctChoiceId! };
}

/** A quiz's settings as the builder's form sends them, with the schema's defaults filled in (marks 1, no dates, highest grade). */
export function quizSettings(input: z.input<typeof quizSettingsSchema>): z.output<typeof quizSettingsSchema> {
  return quizSettingsSchema.parse(input);
}
