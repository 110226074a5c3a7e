import { z } from "zod";
import { ClozeSyntaxError, clozeNumbers } from "./cloze";
import { text } from "@/lib/schemas/text";

const tag = text().max(64, { error: "A tag has at most 64 characters." }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "Tags are lower-case words joined by hyphens." });
const side = (name: string) => text().trim().min(1, { error: `Write the ${name}.` }).max(10_000, { error: `The ${name} can have at most 10,000 characters.` });

/**
 * A note a student writes in their own deck: basic (front and back) or cloze (one card per
 * deletion number), in Markdown with $KaTeX$, as the built-in notes are.
 */
export const ownNoteSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("basic"), front: side("front"), back: side("back"), tags: z.array(tag).max(20).default([]) }),
  z
    .object({ kind: z.literal("cloze"), text: side("text"), tags: z.array(tag).max(20).default([]) })
    .superRefine((note, ctx) => {
      try {
        if (clozeNumbers(note.text).length === 0) ctx.addIssue({ code: "custom", path: ["text"], message: "Mark at least one deletion, like {{c1::hidden text}}." });
      } catch (e) {
        if (!(e instanceof ClozeSyntaxError)) throw e;
        ctx.addIssue({ code: "custom", path: ["text"], message: e.message });
      }
    }),
]);

export type OwnNote = z.output<typeof ownNoteSchema>;

/** The card ordinals a note yields: one per distinct deletion number, or 1 for basic. */
export function ownNoteOrdinals(note: OwnNote): number[] {
  return note.kind === "cloze" ? clozeNumbers(note.text) : [1];
}

export const deckFieldsSchema = z.object({
  name: text().trim().min(1, { error: "Give the deck a name." }).max(80, { error: "A deck name has at most 80 characters." }),
  description: text().trim().max(500, { error: "At most 500 characters." }).optional().default(""),
});
