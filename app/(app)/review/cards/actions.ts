"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/forms/action-result";
import { getActionActor } from "@/lib/server/auth/action-actor";
import { setCardFlags, setCardFlagsSchema } from "@/lib/server/data/flashcards/set-card-flags";
import { toActionError } from "@/lib/server/to-action-error";

export async function setCardFlagsAction(input: unknown): Promise<ActionResult> {
  const parsed = setCardFlagsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "That change couldn't be read. Reload the page.", fieldErrors: {} };
  try {
    await setCardFlags(await getActionActor(), parsed.data, new Date());
    revalidatePath("/review/cards");
    return { ok: true };
  } catch (error) {
    return toActionError(error, "set-card-flags");
  }
}
