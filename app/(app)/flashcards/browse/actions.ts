"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/entry/define-action";
import { setCardFlags, setCardFlagsSchema } from "@/lib/server/data/flashcards/set-card-flags";
import { bulkUpdateCards, bulkUpdateCardsSchema } from "@/lib/server/data/flashcards/bulk-update-cards";
import { pluralize } from "@/lib/format/display";

export const setCardFlagsAction = defineAction({ name: "set-card-flags", input: setCardFlagsSchema, invalid: "That change couldn't be read. Reload the page." }, async ({ actor, input, now }) => {
  await setCardFlags(actor, input, now);
  revalidatePath("/flashcards/browse");
  return { ok: true };
});

const DONE = { suspend: "suspended", unsuspend: "unsuspended", reset: "reset to new", move: "moved" } as const;

export const bulkUpdateCardsAction = defineAction(
  { name: "bulk-update-cards", input: bulkUpdateCardsSchema, invalid: (fields) => fields.studentCardIds ?? fields.deckId ?? "That change couldn't be read. Reload the page." },
  async ({ actor, input, now }) => {
    const result = await bulkUpdateCards(actor, input, now);
    revalidatePath("/flashcards/browse");
    const skipped = result.skipped ? ` (${pluralize(result.skipped, "card")} left as they were${input.change === "move" ? ": topic-deck cards can't move" : ""})` : "";
    return { ok: true, message: `${pluralize(result.changed, "card")} ${DONE[input.change]}${skipped}.`, data: result };
  },
);
