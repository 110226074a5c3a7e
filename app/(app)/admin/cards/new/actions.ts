"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { cardNoteSchema } from "@/lib/cards/card-schema";
import type { ActionResult } from "@/lib/forms/action-result";
import { getActionActor } from "@/lib/server/auth/action-actor";
import { createCardNote } from "@/lib/server/data/cards/create-card-note";
import { cardNoteFieldErrors } from "@/lib/server/data/cards/validate-card-note";
import { toActionError } from "@/lib/server/to-action-error";

export async function createCardNoteAction(input: unknown): Promise<ActionResult<{ message: string }>> {
  const parsed = cardNoteSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "Fix the marked fields before saving.", fieldErrors: cardNoteFieldErrors(parsed.error) };
  let key: string;
  try {
    ({ key } = await createCardNote(await getActionActor(), parsed.data, new Date()));
  } catch (error) {
    return toActionError(error, "create-card-note");
  }
  revalidatePath("/admin/cards");
  redirect(`/admin/cards/${key}/edit?created=1`);
}
