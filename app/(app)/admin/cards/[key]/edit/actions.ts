"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { cardNoteSchema } from "@/lib/cards/card-schema";
import type { ActionResult, ActionState } from "@/lib/forms/action-result";
import { getActionActor } from "@/lib/server/auth/action-actor";
import { deleteCardNote } from "@/lib/server/data/cards/delete-card-note";
import { updateCardNote, type UpdateCardNoteResult } from "@/lib/server/data/cards/update-card-note";
import { cardNoteFieldErrors } from "@/lib/server/data/cards/validate-card-note";
import { toActionError } from "@/lib/server/to-action-error";
import { text } from "@/lib/schemas/text";

const keySchema = text().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const deleteSchema = z.object({ confirmedStudents: z.coerce.number().int().min(0) });
const unreadable = { ok: false as const, message: "The card couldn't be read. Reload the page and try again.", fieldErrors: {} };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function savedMessage(r: UpdateCardNoteResult): string {
  if (!r.changed) return "No changes to save.";
  const parts = [
    r.added ? `added ${plural(r.added, "card")}${r.dealt ? ` (now in ${plural(r.dealt, "student deck")})` : ""}` : "",
    r.removed ? `removed ${plural(r.removed, "card")} with its students' progress` : "",
  ].filter(Boolean);
  return parts.length ? `Saved: ${parts.join("; ")}. Students keep their progress on the other cards.` : "Saved. Students keep their progress on every card.";
}

export async function updateCardNoteAction(key: string, input: unknown): Promise<ActionResult<{ message: string }>> {
  const parsedKey = keySchema.safeParse(key);
  if (!parsedKey.success) return unreadable;
  const parsed = cardNoteSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "Fix the marked fields before saving.", fieldErrors: cardNoteFieldErrors(parsed.error) };
  try {
    const result = await updateCardNote(await getActionActor(), parsedKey.data, parsed.data, new Date());
    if (result.changed) {
      revalidatePath("/admin/cards");
      revalidatePath(`/admin/cards/${parsedKey.data}/edit`);
    }
    return { ok: true, data: { message: savedMessage(result) } };
  } catch (error) {
    return toActionError(error, "update-card-note");
  }
}

export async function deleteCardNoteAction(key: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const parsedKey = keySchema.safeParse(key);
  const parsed = deleteSchema.safeParse(Object.fromEntries(form));
  if (!parsedKey.success || !parsed.success) return unreadable;
  try {
    await deleteCardNote(await getActionActor(), parsedKey.data, parsed.data);
  } catch (error) {
    return toActionError(error, "delete-card-note");
  }
  revalidatePath("/admin/cards");
  redirect(`/admin/cards?deleted=${parsedKey.data}`);
}
