import "server-only";
import { createHash } from "node:crypto";
import type { Difficulty, QuestionKind } from "@/lib/generated/prisma/enums";
import { canonicalJson } from "@/lib/questions/canonical-json";
import type { Template } from "@/lib/questions/template-schema";

/** How a template's kind and difficulty are stored in the QuestionTemplate columns. */
export const KIND_COLUMN: Record<Template["kind"], QuestionKind> = {
  numeric: "NUMERIC",
  multiple_choice: "MULTIPLE_CHOICE",
  true_false: "TRUE_FALSE",
  ordering: "ORDERING",
  short_text: "SHORT_TEXT",
  matching: "MATCHING",
  multiple_answer: "MULTIPLE_ANSWER",
};
export const DIFFICULTY_COLUMN: Record<Template["difficulty"], Difficulty> = { easy: "EASY", medium: "MEDIUM", hard: "HARD" };

/** SHA-256 of the canonical JSON: equal definitions, equal hash. */
export function templateHash(template: Template): string {
  return createHash("sha256").update(canonicalJson(template)).digest("hex");
}
