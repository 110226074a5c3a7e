"use server";

import type { ActionResult } from "@/lib/forms/action-result";
import type { Variant } from "@/lib/questions/variant";
import { getActionActor } from "@/lib/server/auth/action-actor";
import { getTemplatePreview } from "@/lib/server/data/get-template-preview";
import { toActionError } from "@/lib/server/to-action-error";
import { text } from "@/lib/schemas/text";

export type ComputedCardPreview = { title: string; variant: Variant; tags: string[]; source: { title: string; url?: string } };

const templateKeySchema = text().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

/** For the card editor: one sample variant, with its answer, of the template a computed card asks. */
export async function previewComputedCardAction(templateKey: unknown): Promise<ActionResult<ComputedCardPreview>> {
  const parsed = templateKeySchema.safeParse(templateKey);
  if (!parsed.success) return { ok: false, message: "Pick a template from the list.", fieldErrors: {} };
  try {
    const preview = await getTemplatePreview(await getActionActor(), parsed.data, { count: 1, firstSeed: 1 });
    const [variant] = preview.variants;
    if (!variant) return { ok: false, message: "This template yields no variant; fix it in the question bank.", fieldErrors: {} };
    const { title, tags, source } = preview.template;
    return { ok: true, data: { title, variant, tags, source: { title: source.title, ...(source.url ? { url: source.url } : {}) } } };
  } catch (error) {
    return toActionError(error, "preview-computed-card");
  }
}
