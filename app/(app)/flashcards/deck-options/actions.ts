"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { text } from "@/lib/schemas/text";
import { defineFormAction } from "@/lib/server/entry/define-action";
import { deckRefSchema, updateDeckOptions } from "@/lib/server/data/flashcards/deck-options-data";

const FIELDS = ["newCardsPerDay", "maxReviewsPerDay", "learningSteps"] as const;
// As typed: an empty field is "the account's" (null); the data layer checks the values themselves.
const optional = text().max(200).default("").transform((s) => (s.trim() === "" ? null : s.trim()));
const formSchema = z.object({ deck: deckRefSchema, newCardsPerDay: optional, maxReviewsPerDay: optional, learningSteps: optional });

export const saveDeckOptionsAction = defineFormAction({ name: "save-deck-options", input: formSchema, echo: FIELDS }, async ({ actor, input }) => {
  const { deck, ...options } = input;
  await updateDeckOptions(actor, deck, options);
  revalidatePath("/flashcards");
  return { ok: true, message: "Deck options saved. They apply from the next card shown." };
});
