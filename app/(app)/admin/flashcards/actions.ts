"use server";

import type { Variant } from "@/lib/questions/variant";
import { defineAction } from "@/lib/server/entry/define-action";
import { getTemplatePreview } from "@/lib/server/data/templates/get-template-preview";
import { kebabKeySchema } from "@/lib/schemas/ids";

export type ComputedCardPreview = { title: string; variant: Variant; tags: string[]; source: { title: string; url?: string } };

/** For the card editor: one sample variant, with its answer, of the template a computed card asks. */
export const previewComputedCardAction = defineAction<typeof kebabKeySchema, ComputedCardPreview>(
  { name: "preview-computed-card", input: kebabKeySchema, invalid: "Pick a template from the list." },
  async ({ actor, input }) => {
    const preview = await getTemplatePreview(actor, input, { pageSize: 1, page: 2 });
    const [variant] = preview.variants;
    if (!variant) return { ok: false, message: "This template yields no variant; fix the template.", fieldErrors: {} };
    const { title, tags, source } = preview.template;
    return { ok: true, data: { title, variant, tags, source: { title: source.title, ...(source.url ? { url: source.url } : {}) } } };
  },
);
