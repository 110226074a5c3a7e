"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineFormAction } from "@/lib/server/entry/define-action";
import { startQuizAttempt } from "@/lib/server/data/attempts/start-quiz-attempt";
import { text } from "@/lib/schemas/text";

const startQuizSchema = z.object({ quizId: text().min(1).max(40) });

export const startQuizAction = defineFormAction(
  { name: "start-quiz", input: startQuizSchema, invalid: "That quiz couldn't be read. Reload the page.", fieldErrors: () => ({}) },
  async ({ actor, input, now }) => redirect(`/attempts/${(await startQuizAttempt(actor, input.quizId, now)).attemptId}`),
);
