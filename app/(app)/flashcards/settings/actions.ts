"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "@/lib/server/entry/define-action";
import { getFlashcardSettings } from "@/lib/server/data/flashcards/get-flashcard-settings";
import { optimizeParameters } from "@/lib/server/data/flashcards/optimize-parameters";
import { resetFsrsParameters } from "@/lib/server/data/flashcards/reset-fsrs-parameters";
import { updateFlashcardSettings } from "@/lib/server/data/flashcards/update-flashcard-settings";
import { text } from "@/lib/schemas/text";

const FIELDS = ["desiredRetention", "maximumIntervalDays", "newCardsPerDay", "maxReviewsPerDay", "learningSteps", "relearningSteps", "leechThreshold"] as const;

// The form's text as typed ("90" %, "1m 10m", a decimal comma); the data layer checks the settings themselves.
const number = text().max(40).default("").transform((s) => Number(s.replace(",", ".")));
const formSchema = z.object({
  desiredRetention: number.transform((percent) => percent / 100),
  maximumIntervalDays: number,
  newCardsPerDay: number,
  maxReviewsPerDay: number,
  learningSteps: text().max(200).default(""),
  relearningSteps: text().max(200).default(""),
  leechThreshold: number,
  // A checkbox: present ("on") when ticked, absent otherwise.
  burySiblings: z.literal("on").optional().transform((v) => v === "on"),
});

export const saveFlashcardSettingsAction = defineFormAction({ name: "save-srs-settings", input: formSchema, echo: FIELDS }, async ({ actor, input }) => {
  const current = await getFlashcardSettings(actor);
  await updateFlashcardSettings(actor, { ...current, ...input });
  return { ok: true, message: "Settings saved. They apply from each card's next review." };
});

const none = z.object({});

/** Fits personal FSRS parameters; the page then shows the run's figures as the last result. */
export const optimizeParametersAction = defineFormAction({ name: "optimize-fsrs-parameters", input: none }, async ({ actor, now }) => {
  const result = await optimizeParameters(actor, now);
  revalidatePath("/flashcards/settings");
  return { ok: true, message: result.applied ? "Optimization finished: your personal parameters are now in use." : "Optimization finished: your parameters were not changed." };
});

export const resetFsrsParametersAction = defineFormAction({ name: "reset-fsrs-parameters", input: none }, async ({ actor }) => {
  await resetFsrsParameters(actor);
  revalidatePath("/flashcards/settings");
  return { ok: true, message: "Back to the default parameters. They apply from each card's next review." };
});
