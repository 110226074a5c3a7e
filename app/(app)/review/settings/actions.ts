"use server";

import { echoValues, type ActionState } from "@/lib/forms/action-result";
import { getActionActor } from "@/lib/server/auth/action-actor";
import { getSrsSettings } from "@/lib/server/data/flashcards/get-srs-settings";
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
