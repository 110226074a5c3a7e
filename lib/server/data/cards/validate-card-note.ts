import "server-only";
import type { z } from "zod";
import { cardNoteSchema, type CardNote } from "@/lib/cards/card-schema";
import { ValidationError, type FieldErrors } from "@/lib/server/errors";

/** Field names the editor shows errors under: `source.title` stays whole, `tags.2` is the tags field. */
function fieldOf(path: readonly PropertyKey[]): string {
  const [head, next] = path.map(String);
  return head === "source" && next ? `source.${next}` : (head ?? "form");
}

/** Plain words for the schema's generic length messages. */
const TOO_SHORT: Record<string, string> = {
  front: "Write the question side.",
  back: "Write the answer side.",
  text: "Write the cloze text.",
  "source.title": "Name the source in at least 3 characters (a paper's or page's title).",
};

/** The first problem per field, in the editor's field names. */
export function cardNoteFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = fieldOf(issue.path);
    out[field] ??= issue.code === "too_small" && TOO_SHORT[field] ? TOO_SHORT[field] : issue.code === "invalid_format" && field === "source.url" ? "Enter a full address starting with https://." : issue.message;
  }
  return out;
}

/** Parses an authored note or throws a ValidationError carrying every field's problem. */
export function validateCardNote(input: unknown): CardNote {
  const parsed = cardNoteSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors = cardNoteFieldErrors(parsed.error);
  const count = Object.keys(fieldErrors).length;
  throw new ValidationError(count === 1 ? "Fix the marked field before saving." : `Fix the ${count} marked fields before saving.`, fieldErrors);
}
