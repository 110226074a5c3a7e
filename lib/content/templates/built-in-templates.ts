import { templateSchema, type Template, type TemplateInput } from "@/lib/questions/template-schema";
import { PEFT_TEMPLATES } from "./peft";
import { QUANTIZATION_TEMPLATES } from "./quantization";
import { RLHF_TEMPLATES } from "./rlhf";
import { ROPE_TEMPLATES } from "./rope";
import { SLIDING_WINDOW_TEMPLATES } from "./sliding-window-attention";

/** Every template that ships with Quizformer, in topic order, as authored. */
export const BUILT_IN_TEMPLATE_INPUTS: readonly TemplateInput[] = [
  ...SLIDING_WINDOW_TEMPLATES,
  ...ROPE_TEMPLATES,
  ...QUANTIZATION_TEMPLATES,
  ...RLHF_TEMPLATES,
  ...PEFT_TEMPLATES,
];

/** The built-in templates parsed (defaults filled in), as the seed stores them. */
export function builtInTemplates(): Template[] {
  return BUILT_IN_TEMPLATE_INPUTS.map((t) => templateSchema.parse(t));
}
