"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { templateDraftSchema, UNREADABLE_TEMPLATE } from "@/lib/schemas/template-draft";
import { defineAction } from "@/lib/server/entry/define-action";
import { previewTemplate, type DraftPreview } from "@/lib/server/data/templates/preview-template";
import { saveTemplate, type SaveTemplateResult } from "@/lib/server/data/templates/save-template";

export const createTemplateAction = defineAction<typeof templateDraftSchema, SaveTemplateResult>(
  { name: "create-template", input: templateDraftSchema, invalid: UNREADABLE_TEMPLATE, fieldErrors: () => ({}), audit: true },
  async ({ actor, input }) => {
    const saved = await saveTemplate(actor, input, { create: true });
    revalidatePath("/admin/templates");
    redirect(`/admin/templates/${saved.key}/edit?saved=${saved.version}`);
  },
);

export const previewNewTemplateAction = defineAction<typeof templateDraftSchema, DraftPreview>(
  { name: "preview-template", input: templateDraftSchema, invalid: UNREADABLE_TEMPLATE, fieldErrors: () => ({}) },
  async ({ actor, input }) => ({ ok: true, data: previewTemplate(actor, input) }),
);
