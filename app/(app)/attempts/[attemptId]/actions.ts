"use server";

import { redirect } from "next/navigation";
import { submitAnswerSchema, submitAnswer, type SubmitResult } from "@/lib/server/data/attempts/submit-answer";
import { defineAction } from "@/lib/server/entry/define-action";
import { finishAttempt } from "@/lib/server/data/attempts/finish-attempt";
import { recordIdSchema } from "@/lib/schemas/ids";

export const submitAnswerAction = defineAction<typeof submitAnswerSchema, SubmitResult>(
  { name: "submit-answer", input: submitAnswerSchema, invalid: "That answer couldn't be read. Reload the page and try again." },
  async ({ actor, input, now }) => ({ ok: true, data: await submitAnswer(actor, input, now) }),
);

export const finishAttemptAction = defineAction<typeof recordIdSchema, undefined, false, [attemptId: string]>(
  { name: "finish-attempt", input: recordIdSchema, invalid: "That attempt couldn't be read. Reload the page." },
  async ({ actor, input, now }) => {
    await finishAttempt(actor, input, now);
    redirect(`/attempts/${input}/review`);
  },
);
