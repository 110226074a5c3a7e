"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/forms/action-result";
import { publishQuizSchema, quizSettingsSchema } from "@/lib/schemas/quiz-builder";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";
import { getActionActor } from "@/lib/server/auth/action-actor";
import { publishQuiz, unpublishQuiz } from "@/lib/server/data/quizzes/publish-quiz";
import { saveQuiz } from "@/lib/server/data/quizzes/save-quiz";
import { toActionError } from "@/lib/server/to-action-error";

export async function saveQuizAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const parsed = quizSettingsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "Please fix the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
  const quizId = typeof input === "object" && input && "quizId" in input && typeof input.quizId === "string" ? input.quizId : undefined;
  try {
    const saved = await saveQuiz(await getActionActor(), { ...parsed.data, quizId });
    revalidatePath("/admin/quizzes");
    return { ok: true, message: "Quiz saved.", data: saved };
  } catch (error) {
    return toActionError(error, "save-quiz");
  }
}

export async function publishQuizAction(input: unknown): Promise<ActionResult> {
  const parsed = publishQuizSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: fieldErrorsOf(parsed.error).teamIds ?? "Choose who can take the quiz.", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await publishQuiz(await getActionActor(), parsed.data, new Date());
    revalidatePath("/admin/quizzes");
    return { ok: true, message: parsed.data.audience === "everyone" ? "Published to everyone." : "Published to the chosen teams." };
  } catch (error) {
    return toActionError(error, "publish-quiz");
  }
}

export async function unpublishQuizAction(quizId: string): Promise<ActionResult> {
  try {
    await unpublishQuiz(await getActionActor(), String(quizId));
    revalidatePath("/admin/quizzes");
    return { ok: true, message: "Unpublished: students can no longer start it." };
  } catch (error) {
    return toActionError(error, "unpublish-quiz");
  }
}
