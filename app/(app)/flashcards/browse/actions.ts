"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/entry/define-action";
import { setCardFlags, setCardFlagsSchema } from "@/lib/server/data/flashcards/set-card-flags";

export const setCardFlagsAction = defineAction({ name: "set-card-flags", input: setCardFlagsSchema, invalid: "That change couldn't be read. Reload the page." }, async ({ actor, input, now }) => {
  await setCardFlags(actor, input, now);
  revalidatePath("/flashcards/browse");
  return { ok: true };
});
