"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction, defineFormAction } from "@/lib/server/entry/define-action";
import { createDeck, createDeckSchema } from "@/lib/server/data/decks/create-deck";
import { createOwnNote, createOwnNoteSchema } from "@/lib/server/data/decks/create-own-note";
import { deleteDeck, deleteDeckSchema } from "@/lib/server/data/decks/delete-deck";
import { deleteOwnNote, deleteOwnNoteSchema } from "@/lib/server/data/decks/delete-own-note";
import { updateDeck, updateDeckSchema } from "@/lib/server/data/decks/update-deck";
import { updateOwnNote, updateOwnNoteSchema } from "@/lib/server/data/decks/update-own-note";
import { pluralize } from "@/lib/format/display";

export const createDeckAction = defineFormAction({ name: "create-deck", input: createDeckSchema, echo: ["name", "description"] }, async ({ actor, input }) =>
  redirect(`/flashcards/decks/${(await createDeck(actor, input)).id}`),
);

export const updateDeckAction = defineFormAction({ name: "update-deck", input: updateDeckSchema, echo: ["name", "description"] }, async ({ actor, input }) => {
  await updateDeck(actor, input);
  revalidatePath(`/flashcards/decks/${input.deckId}`);
  return { ok: true, message: "Deck saved." };
});

export const deleteDeckAction = defineAction({ name: "delete-deck", input: deleteDeckSchema, audit: true }, async ({ actor, input, now }) => {
  await deleteDeck(actor, input, now);
  revalidatePath("/flashcards");
  redirect("/flashcards?deleted=deck");
});

export const createOwnNoteAction = defineAction({ name: "create-own-note", input: createOwnNoteSchema }, async ({ actor, input, now }) => {
  const { id, cards } = await createOwnNote(actor, input, now);
  revalidatePath(`/flashcards/decks/${input.deckId}`);
  return { ok: true, message: `Added: ${pluralize(cards, "new card")}.`, data: { message: "added", id } };
});

export const updateOwnNoteAction = defineAction({ name: "update-own-note", input: updateOwnNoteSchema }, async ({ actor, input, now }) => {
  const { added, removed } = await updateOwnNote(actor, input, now);
  const changes = [added ? `${pluralize(added, "card")} added` : null, removed ? `${pluralize(removed, "card")} removed` : null].filter(Boolean);
  return { ok: true, message: `Saved${changes.length ? `: ${changes.join(", ")}` : ""}.`, data: { message: "saved" } };
});

export const deleteOwnNoteAction = defineAction({ name: "delete-own-note", input: deleteOwnNoteSchema, audit: true }, async ({ actor, input }) => {
  const { deckId } = await deleteOwnNote(actor, input);
  revalidatePath(`/flashcards/decks/${deckId}`);
  return { ok: true, message: "Card deleted." };
});
