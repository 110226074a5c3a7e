"use server";

import { redirect } from "next/navigation";
import { submitAnswerSchema, submitAnswer } from "@/lib/server/data/attempts/submit-answer";
import { renderSubmitResult, type RenderedSubmitResult } from "@/lib/server/render/rendered-views";
import { defineAction } from "@/lib/server/entry/define-action";
import { finishAttempt } from "@/lib/server/data/attempts/finish-attempt";
import { recordIdSchema } from "@/lib/schemas/ids";
import { flagQuestion, flagQuestionSchema } from "@/lib/server/data/attempts/flag-question";

export const submitAnswerAction = defineAction<typeof submitAnswerSchema, RenderedSubmitResult>(
  { name: "submit-answer", input: submitAnswerSchema, invalid: "That answer couldn't be read. Reload the page and try again." },
  async ({ actor, input, now }) => ({ ok: true, data: renderSubmitResult(await submitAnswer(actor, input, now)) }),
);

export const finishAttemptAction = defineAction<typeof recordIdSchema, undefined, false, [attemptId: string]>(
  { name: "finish-attempt", input: recordIdSchema, invalid: "That attempt couldn't be read. Reload the page." },
  async ({ actor, input, now }) => {
    await finishAttempt(actor, input, now);
    redirect(`/attempts/${input}/review`);
  },
);

export const flagQuestionAction = defineAction<typeof flagQuestionSchema, { flagged: boolean }>(
  { name: "flag-question", input: flagQuestionSchema, invalid: "That flag couldn't be read. Reload the page and try again.", audit: true },
  async ({ actor, input, now }) => ({ ok: true, data: await flagQuestion(actor, input, now) }),
);
