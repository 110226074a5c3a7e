import "server-only";
import { compileTemplate, generateVariant } from "@/lib/questions/generate-variant";
import { templateSchema } from "@/lib/questions/template-schema";
import { validateTemplate, type TemplateValidation } from "@/lib/questions/validate-template";
import type { Variant } from "@/lib/questions/variant";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";

export type DraftPreview = {
  /** Sample variants with their answer keys (authors only); empty while the schema rejects the draft. */
  variants: Variant[];
  /** How many distinct parameter draws the template has, once its parameters parse. */
  spaceSize: number | null;
  /** Every problem found, each naming the parameter values that caused it where a draw did. */
  errors: string[];
  /** Schema problems by the field's full path ("parameters.0.max"). */
  fieldErrors: Record<string, string>;
};

const PREVIEW_SAMPLES = 200;

/**
 * Admin-only, writes nothing: checks a draft template on 200 sampled draws (fewer
 * than saving does, to answer while the author types) and returns up to `count`
 * sample variants with solutions, plus the problems found.
 */
export function previewTemplate(actor: Actor, input: unknown, options: { count: number } = { count: 5 }): DraftPreview {
  requireAdmin(actor);
  const validation = checkTemplate(input);
  const parsed = templateSchema.safeParse(input);
  if (!parsed.success) {
    // Each schema problem shows once, on its field; the list says how many there are.
    const fieldErrors = validation.ok ? {} : (validation.fieldErrors ?? {});
    return { variants: [], spaceSize: null, errors: validation.ok ? [] : validation.errors, fieldErrors };
  }
  const fieldErrors: Record<string, string> = {};
  const errors = validation.ok ? [] : [...validation.errors];
  const template = parsed.data;
  let spaceSize: number | null = null;
  const variants: Variant[] = [];
  try {
    spaceSize = compileTemplate(template).space.size;
    // Draws that break are already reported in `errors`; show the ones that work.
    for (let seed = 0; seed < spaceSize && variants.length < options.count && seed < options.count * 4; seed++) {
      try {
        variants.push(generateVariant(template, seed));
      } catch {
        continue;
      }
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!errors.includes(message)) errors.push(message);
  }
  return { variants, spaceSize, errors, fieldErrors };
}

// Building the parameter space throws when no draw satisfies the constraints or a preset is unknown.
function checkTemplate(input: unknown): TemplateValidation {
  try {
    return validateTemplate(input, { samples: PREVIEW_SAMPLES });
  } catch (error) {
    return { ok: false, errors: [error instanceof Error ? error.message : String(error)] };
  }
}
