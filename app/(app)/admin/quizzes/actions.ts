"use server";

import { revalidatePath } from "next/cache";
import { quizSettingsSchema } from "@/lib/schemas/quiz-builder";
import { publishQuizSchema, publishQuiz, unpublishQuiz } from "@/lib/server/data/quizzes/publish-quiz";
import { defineAction } from "@/lib/server/entry/define-action";
import { saveQuiz } from "@/lib/server/data/quizzes/save-quiz";
import { recordIdSchema } from "@/lib/schemas/ids";
import { redirect } from "next/navigation";
import { duplicateQuiz } from "@/lib/server/data/quizzes/duplicate-quiz";
import { startQuizPreview } from "@/lib/server/data/attempts/start-quiz-preview";

const saveSchema = quizSettingsSchema.extend({ quizId: recordIdSchema.optional() });

export const saveQuizAction = defineAction({ name: "save-quiz", input: saveSchema, audit: true }, async ({ actor, input }) => {
  const saved = await saveQuiz(actor, input);
  revalidatePath("/admin/quizzes");
  return { ok: true, message: "Quiz saved.", data: saved };
});

export const publishQuizAction = defineAction(
  { name: "publish-quiz", input: publishQuizSchema, invalid: (fields) => fields.teamIds ?? "Choose who can take the quiz.", audit: true },
  async ({ actor, input, now }) => {
    await publishQuiz(actor, input, now);
    revalidatePath("/admin/quizzes");
    return { ok: true, message: input.audience === "everyone" ? "Published to everyone." : "Published to the chosen teams." };
  },
);

export const unpublishQuizAction = defineAction({ name: "unpublish-quiz", input: recordIdSchema, audit: true }, async ({ actor, input }) => {
  await unpublishQuiz(actor, input);
  revalidatePath("/admin/quizzes");
  return { ok: true, message: "Unpublished: students can no longer start it." };
});

export const duplicateQuizAction = defineAction({ name: "duplicate-quiz", input: recordIdSchema, audit: true }, async ({ actor, input }) => {
  const copy = await duplicateQuiz(actor, input);
  revalidatePath("/admin/quizzes");
  redirect(`/admin/quizzes/${copy.id}?copied=1`);
});

/** Starts a preview attempt (not counted anywhere) and opens it. */
export const previewQuizAction = defineAction({ name: "preview-quiz", input: recordIdSchema }, async ({ actor, input, now }) => {
  const { attemptId } = await startQuizPreview(actor, input, now);
  redirect(`/attempts/${attemptId}`);
});
