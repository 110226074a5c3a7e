"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/forms/action-result";
import { startTopicQuizSchema } from "@/lib/schemas/quiz";
import { getActionActor } from "@/lib/server/auth/action-actor";
import { startTopicQuiz } from "@/lib/server/data/attempts/start-topic-quiz";
import { toActionError } from "@/lib/server/to-action-error";

export async function startTopicQuizAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = startTopicQuizSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: "Choose between 1 and 30 questions.", fieldErrors: {} };
  let attemptId: string;
  try {
    attemptId = (await startTopicQuiz(await getActionActor(), parsed.data, new Date())).attemptId;
  } catch (error) {
    return toActionError(error, "start-topic-quiz");
  }
  redirect(`/attempts/${attemptId}`);
}
