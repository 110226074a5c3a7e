"use server";

import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/forms/action-result";
import { submitAnswerSchema } from "@/lib/schemas/quiz";
import { getActionActor } from "@/lib/server/auth/action-actor";
import { finishAttempt } from "@/lib/server/data/attempts/finish-attempt";
import { submitAnswer, type SubmitResult } from "@/lib/server/data/attempts/submit-answer";
import { toActionError } from "@/lib/server/to-action-error";

export async function submitAnswerAction(input: unknown): Promise<ActionResult<SubmitResult>> {
  const parsed = submitAnswerSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "That answer couldn't be read. Reload the page and try again.", fieldErrors: {} };
  try {
    return { ok: true, data: await submitAnswer(await getActionActor(), parsed.data, new Date()) };
  } catch (error) {
    return toActionError(error, "submit-answer");
  }
}

export async function finishAttemptAction(attemptId: string): Promise<ActionResult> {
  try {
    await finishAttempt(await getActionActor(), String(attemptId), new Date());
  } catch (error) {
    return toActionError(error, "finish-attempt");
  }
  redirect(`/attempts/${attemptId}/review`);
}
