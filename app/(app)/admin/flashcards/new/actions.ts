"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { cardNoteSchema } from "@/lib/cards/card-schema";
import { defineAction } from "@/lib/server/entry/define-action";
import { createCardNote } from "@/lib/server/data/card-notes/create-card-note";
import { cardNoteFieldErrors } from "@/lib/server/data/card-notes/validate-card-note";

export const createCardNoteAction = defineAction<typeof cardNoteSchema, { message: string }>(
  { name: "create-card-note", input: cardNoteSchema, invalid: "Fix the marked fields before saving.", fieldErrors: cardNoteFieldErrors, audit: true },
  async ({ actor, input, now }) => {
    const { key } = await createCardNote(actor, input, now);
    revalidatePath("/admin/flashcards");
    redirect(`/admin/flashcards/${key}/edit?created=1`);
  },
);
