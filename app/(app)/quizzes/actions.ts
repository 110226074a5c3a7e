"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineFormAction } from "@/lib/server/entry/define-action";
import { startQuizAttempt } from "@/lib/server/data/attempts/start-quiz-attempt";
import { recordIdSchema } from "@/lib/schemas/ids";

const startQuizSchema = z.object({ quizId: recordIdSchema });

export const startQuizAction = defineFormAction(
  { name: "start-quiz", input: startQuizSchema, invalid: "That quiz couldn't be read. Reload the page.", fieldErrors: () => ({}) },
  async ({ actor, input, now }) => redirect(`/attempts/${(await startQuizAttempt(actor, input.quizId, now)).attemptId}`),
);
