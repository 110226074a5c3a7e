import { templateSchema, type Template, type TemplateInput } from "@/lib/questions/template-schema";
import { PACKS_IN_ORDER } from "./registry";

/** Every template that ships with Quizformer, in topic order, as authored in the topic packs. */
export const BUILT_IN_TEMPLATE_INPUTS: readonly TemplateInput[] = PACKS_IN_ORDER.flatMap((p) => p.templates);

/** The built-in templates parsed (defaults filled in), as the seed stores them. */
export function builtInTemplates(): Template[] {
  return BUILT_IN_TEMPLATE_INPUTS.map((t) => templateSchema.parse(t));
}
