import "server-only";
import type { z } from "zod";
import { cardNoteSchema, type CardNote } from "@/lib/cards/card-schema";
import { ValidationError, type FieldErrors } from "@/lib/server/errors";

/** Field names the editor shows errors under: `source.title` stays whole, `tags.2` is the tags field. */
function fieldOf(path: readonly PropertyKey[]): string {
  const [head, next] = path.map(String);
  return head === "source" && next ? `source.${next}` : (head ?? "form");
}

/** Plain words for a missing or empty field, instead of the schema's generic messages. */
const MISSING: Record<string, string> = {
  front: "Write the question side.",
  back: "Write the answer side.",
  text: "Write the cloze text.",
  templateKey: "Pick a template.",
  "source.title": "Name the source in at least 3 characters (a paper's or page's title).",
};

function messageOf(field: string, issue: z.core.$ZodIssue): string {
  const missing = issue.code === "too_small" || (issue.code === "custom" && / needs `/.test(issue.message));
  if (missing && MISSING[field]) return MISSING[field];
  if (issue.code === "invalid_format" && field === "source.url") return "Enter a full address starting with https://.";
  return issue.message;
}

/** The first problem per field, in the editor's field names. */
export function cardNoteFieldErrors(error: Pick<z.ZodError, "issues">): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = fieldOf(issue.path);
    out[field] ??= messageOf(field, issue);
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
