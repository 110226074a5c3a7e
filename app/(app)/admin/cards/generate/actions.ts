"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionState } from "@/lib/forms/action-result";
import { getActionActor } from "@/lib/server/auth/action-actor";
import { generateComputedCards } from "@/lib/server/data/cards/generate-computed-cards";
import { toActionError } from "@/lib/server/to-action-error";
import { text } from "@/lib/schemas/text";

const kebab = text().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const generateSchema = z.object({ topic: kebab, templateKeys: z.array(kebab).min(1, { error: "Choose at least one template." }).max(500) });

export async function generateComputedCardsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = generateSchema.safeParse({ topic: form.get("topic"), templateKeys: form.getAll("templateKey") });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Choose at least one template.", fieldErrors: {} };
  try {
    const { created, dealt } = await generateComputedCards(await getActionActor(), parsed.data, new Date());
    revalidatePath("/admin/cards");
    revalidatePath("/admin/cards/generate");
    const reach = dealt ? ` They are in the decks of the topic's students (${dealt} new card${dealt === 1 ? "" : "s"} in all).` : "";
    return { ok: true, message: `Created ${created} computed card${created === 1 ? "" : "s"}.${reach}` };
  } catch (error) {
    return toActionError(error, "generate-computed-cards");
  }
}
