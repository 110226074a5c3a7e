"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/forms/action-result";
import { getActionActor } from "@/lib/server/auth/action-actor";
import { startQuizAttempt } from "@/lib/server/data/attempts/start-quiz-attempt";
import { toActionError } from "@/lib/server/to-action-error";

export async function startQuizAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const quizId = String(form.get("quizId") ?? "");
  let attemptId: string;
  try {
    attemptId = (await startQuizAttempt(await getActionActor(), quizId, new Date())).attemptId;
  } catch (error) {
    return toActionError(error, "start-quiz");
  }
  redirect(`/attempts/${attemptId}`);
}
