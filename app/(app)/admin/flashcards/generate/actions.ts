"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "@/lib/server/entry/define-action";
import { generateComputedCards } from "@/lib/server/data/card-notes/generate-computed-cards";
import { kebabKeySchema } from "@/lib/schemas/ids";

const generateSchema = z.object({ topic: kebabKeySchema, templateKeys: z.array(kebabKeySchema).min(1, { error: "Choose at least one template." }).max(500) });

export const generateComputedCardsAction = defineFormAction(
  {
    name: "generate-computed-cards",
    input: generateSchema,
    read: (form) => ({ topic: form.get("topic"), templateKeys: form.getAll("templateKey") }),
    invalid: (_fields, error) => error.issues[0]?.message ?? "Choose at least one template.",
    fieldErrors: () => ({}),
    audit: true,
  },
  async ({ actor, input, now }) => {
    const { created, dealt } = await generateComputedCards(actor, input, now);
    revalidatePath("/admin/flashcards");
    revalidatePath("/admin/flashcards/generate");
    const reach = dealt ? ` They are in the decks of the topic's students (${dealt} new card${dealt === 1 ? "" : "s"} in all).` : "";
    return { ok: true, message: `Created ${created} computed card${created === 1 ? "" : "s"}.${reach}` };
  },
);
