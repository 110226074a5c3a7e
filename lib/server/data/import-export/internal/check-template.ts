import "server-only";
import { validateTemplate, type TemplateValidation } from "@/lib/questions/validate-template";

/** Imported templates are checked on 200 sampled variants each, so a large file still imports in seconds. */
const IMPORT_SAMPLES = 200;

// Building the parameter space throws when no draw satisfies the constraints or a
// preset is unknown: that is a problem with the file, reported like any other.
export function checkImportedTemplate(input: unknown): TemplateValidation {
  try {
    return validateTemplate(input, { samples: IMPORT_SAMPLES });
  } catch (error) {
    return { ok: false, errors: [error instanceof Error ? error.message : String(error)] };
  }
}
