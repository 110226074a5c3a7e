// The question engine's public surface: templates, variants, grading, validation.
export { checkNumericAnswer, DEFAULT_TOLERANCE, type NumericCheck, type Tolerance } from "./check-numeric-answer";
export { compileTemplate, generateVariant } from "./generate-variant";
export { gradeResponse, type Grade, type Response } from "./grade-response";
export { templateSchema, type Template, type TemplateInput, type TemplateKind } from "./template-schema";
export { toPublicVariant, type PublicVariant, type Solution, type Variant } from "./variant";
export { validateTemplate, type TemplateValidation } from "./validate-template";
