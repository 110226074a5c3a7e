"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { cardNoteSchema } from "@/lib/cards/card-schema";
import { defineAction, defineFormAction } from "@/lib/server/entry/define-action";
import { deleteCardNote } from "@/lib/server/data/card-notes/delete-card-note";
import { updateCardNote, type UpdateCardNoteResult } from "@/lib/server/data/card-notes/update-card-note";
import { cardNoteFieldErrors } from "@/lib/server/data/card-notes/validate-card-note";
import { kebabKeySchema } from "@/lib/schemas/ids";

const UNREADABLE = "The card couldn't be read. Reload the page and try again.";

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

// The key comes bound by the page; a malformed one is a broken page, not a field to fix.
const updateSchema = z.object({ key: kebabKeySchema, note: cardNoteSchema });

export const updateCardNoteAction = defineAction(
  {
    name: "update-card-note",
    input: updateSchema,
    args: (key: string, note: unknown) => ({ key, note }),
    invalid: (_fields, error) => (error.issues.some((i) => i.path[0] === "key") ? UNREADABLE : "Fix the marked fields before saving."),
    fieldErrors: (error) => cardNoteFieldErrors({ issues: error.issues.filter((i) => i.path[0] === "note").map((i) => ({ ...i, path: i.path.slice(1) })) }),
    audit: true,
  },
  async ({ actor, input, now }) => {
    const result = await updateCardNote(actor, input.key, input.note, now);
    if (result.changed) {
      revalidatePath("/admin/flashcards");
      revalidatePath(`/admin/flashcards/${input.key}/edit`);
    }
    return { ok: true, data: { message: savedMessage(result) } };
  },
);

const deleteSchema = z.object({ key: kebabKeySchema, confirmedStudents: z.coerce.number().int().min(0) });

export const deleteCardNoteAction = defineFormAction(
  { name: "delete-card-note", input: deleteSchema, read: (form: FormData, key: string) => ({ key, confirmedStudents: form.get("confirmedStudents") }), invalid: UNREADABLE, audit: true },
  async ({ actor, input }) => {
    await deleteCardNote(actor, input.key, { confirmedStudents: input.confirmedStudents });
    revalidatePath("/admin/flashcards");
    redirect(`/admin/flashcards?deleted=${input.key}`);
  },
);
