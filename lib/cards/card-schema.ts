import { z } from "zod";
import { TOPIC_SLUGS } from "@/lib/topics/topic-list";
import { ClozeSyntaxError, clozeNumbers } from "./cloze";
import { text, webUrl } from "@/lib/schemas/text";

const kebab = text().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "Use lower-case words joined by hyphens." });

export const CARD_KINDS = ["basic", "cloze", "computed"] as const;

/** Fields each kind uses; any other content field on a note is a mistake. */
const FIELDS_BY_KIND = {
  basic: ["front", "back"],
  cloze: ["text"],
  computed: ["templateKey"],
} as const;
const CONTENT_FIELDS = ["front", "back", "text", "templateKey"] as const;

/**
 * A built-in flashcard note. A basic note is one card (front and back in Markdown with $KaTeX$);
 * a cloze note is one card per deletion number; a computed note shows a fresh variant of a
 * built-in question template at every review, so the numbers never become rote.
 */
export const cardNoteSchema = z
  .object({
    key: kebab,
    topic: z.enum(TOPIC_SLUGS),
    kind: z.enum(CARD_KINDS),
    front: text().trim().min(1).optional(),
    back: text().trim().min(1).optional(),
    text: text().trim().min(1).optional(),
    templateKey: kebab.optional(),
    tags: z.array(kebab).default([]),
    source: z.object({ title: text().min(3), url: webUrl().optional() }),
  })
  .superRefine((note, ctx) => {
    const allowed: readonly string[] = FIELDS_BY_KIND[note.kind];
    for (const field of CONTENT_FIELDS) {
      const present = note[field] !== undefined;
      if (allowed.includes(field) && !present) {
        ctx.addIssue({ code: "custom", path: [field], message: `A ${note.kind} card needs \`${field}\`.` });
      } else if (!allowed.includes(field) && present) {
        ctx.addIssue({ code: "custom", path: [field], message: `A ${note.kind} card does not use \`${field}\`; remove it.` });
      }
    }
    if (note.kind === "cloze" && note.text !== undefined) {
      try {
        if (clozeNumbers(note.text).length === 0) {
          ctx.addIssue({ code: "custom", path: ["text"], message: "A cloze card needs at least one {{c1::…}} deletion." });
        }
      } catch (e) {
        if (!(e instanceof ClozeSyntaxError)) throw e;
        ctx.addIssue({ code: "custom", path: ["text"], message: e.message });
      }
    }
  });

export type CardNoteInput = z.input<typeof cardNoteSchema>;
export type CardNote = z.output<typeof cardNoteSchema>;

/** A list of notes whose keys are unique. */
export const cardNotesSchema = z.array(cardNoteSchema).superRefine((notes, ctx) => {
  const seen = new Set<string>();
  notes.forEach((note, i) => {
    if (seen.has(note.key)) ctx.addIssue({ code: "custom", path: [i, "key"], message: `The card key "${note.key}" is used twice.` });
    seen.add(note.key);
  });
});

/** How many cards a note yields: one per distinct deletion number for cloze, otherwise one. */
export function cardCount(note: CardNote): number {
  return note.kind === "cloze" && note.text !== undefined ? clozeNumbers(note.text).length : 1;
}
