"use server";

import { revalidatePath } from "next/cache";
import { echoValues, type ActionState } from "@/lib/forms/action-result";
import { getActionActor } from "@/lib/server/auth/action-actor";
import { getSrsSettings } from "@/lib/server/data/flashcards/get-srs-settings";
import { optimizeParameters } from "@/lib/server/data/flashcards/optimize-parameters";
import { resetFsrsParameters } from "@/lib/server/data/flashcards/reset-fsrs-parameters";
import { updateSrsSettings } from "@/lib/server/data/flashcards/update-srs-settings";
import { toActionError } from "@/lib/server/to-action-error";

const FIELDS = ["desiredRetention", "maximumIntervalDays", "newCardsPerDay", "learningSteps", "relearningSteps", "leechThreshold"] as const;

export async function saveSrsSettingsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = await getActionActor();
    const current = await getSrsSettings(actor);
    const num = (name: string) => Number(String(form.get(name) ?? "").replace(",", "."));
    await updateSrsSettings(actor, {
      ...current,
      desiredRetention: num("desiredRetention") / 100,
      maximumIntervalDays: num("maximumIntervalDays"),
      newCardsPerDay: num("newCardsPerDay"),
      learningSteps: String(form.get("learningSteps") ?? ""),
      relearningSteps: String(form.get("relearningSteps") ?? ""),
      leechThreshold: num("leechThreshold"),
    });
    return { ok: true, message: "Settings saved. They apply from each card's next review." };
  } catch (error) {
    return { ...toActionError(error, "save-srs-settings"), values: echoValues(form, FIELDS) };
  }
}

/** Fits personal FSRS parameters; the page then shows the run's figures as the last result. */
export async function optimizeParametersAction(): Promise<ActionState> {
  try {
    const result = await optimizeParameters(await getActionActor(), new Date());
    revalidatePath("/review/settings");
    return { ok: true, message: result.applied ? "Optimization finished: your personal parameters are now in use." : "Optimization finished: your parameters were not changed." };
  } catch (error) {
    return toActionError(error, "optimize-fsrs-parameters");
  }
}

export async function resetFsrsParametersAction(): Promise<ActionState> {
  try {
    await resetFsrsParameters(await getActionActor());
    revalidatePath("/review/settings");
    return { ok: true, message: "Back to the default parameters. They apply from each card's next review." };
  } catch (error) {
    return toActionError(error, "reset-fsrs-parameters");
  }
}
