import "server-only";
import { generateVariant } from "@/lib/questions/generate-variant";
import { templateSchema, type Template } from "@/lib/questions/template-schema";
import type { Variant } from "@/lib/questions/variant";

// Template versions never change once written, so a parsed version can be kept for the process's life.
const parsed = new Map<string, Template>();

/** Rebuilds the exact variant a student was given: the template version's definition plus the stored seed. */
export function loadVariant(template: { id: string; definition: unknown }, seed: number, shuffleChoices = true): Variant {
  let t = parsed.get(template.id);
  if (!t) {
    t = templateSchema.parse(template.definition);
    parsed.set(template.id, t);
  }
  return generateVariant(t, seed, { shuffleChoices });
}
