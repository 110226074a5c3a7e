"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { kebabKeySchema } from "@/lib/schemas/ids";
import { templateDraftSchema, UNREADABLE_TEMPLATE } from "@/lib/schemas/template-draft";
import { defineAction, defineFormAction } from "@/lib/server/entry/define-action";
import { archiveTemplate, restoreTemplate } from "@/lib/server/data/templates/archive-template";
import { previewTemplate, type DraftPreview } from "@/lib/server/data/templates/preview-template";
import { saveTemplate, type SaveTemplateResult } from "@/lib/server/data/templates/save-template";

const unreadable = { invalid: UNREADABLE_TEMPLATE, fieldErrors: () => ({}) };

function revalidate(key: string): void {
  revalidatePath("/admin/templates");
  revalidatePath(`/admin/templates/${key}`);
  revalidatePath(`/admin/templates/${key}/edit`);
}

function savedMessage(saved: SaveTemplateResult): string {
  if (!saved.changed) return `No changes to save: version ${saved.version} already holds this definition.`;
  if (saved.createdVersion && saved.version > 1) {
    return `Saved as version ${saved.version}: version ${saved.version - 1} was used by attempts, so it is kept for them.`;
  }
  return `Saved as version ${saved.version}. No attempt had used it yet, so it was updated in place.`;
}

const updateSchema = z.object({ key: kebabKeySchema, definition: templateDraftSchema });

export const updateTemplateAction = defineAction(
  { name: "update-template", input: updateSchema, args: (key: string, definition: unknown) => ({ key, definition }), ...unreadable, audit: true },
  async ({ actor, input }) => {
    const saved = await saveTemplate(actor, input.definition, { key: input.key });
    if (saved.changed) revalidate(saved.key);
    return { ok: true, message: savedMessage(saved), data: saved };
  },
);

export const previewTemplateAction = defineAction<typeof templateDraftSchema, DraftPreview>(
  { name: "preview-template", input: templateDraftSchema, ...unreadable },
  async ({ actor, input }) => ({ ok: true, data: previewTemplate(actor, input) }),
);

// Form actions bound to the page's key: the form itself carries nothing else.
const boundKey = (_form: FormData, key: string) => key;

export const archiveTemplateAction = defineFormAction({ name: "archive-template", input: kebabKeySchema, read: boundKey, ...unreadable, audit: true }, async ({ actor, input }) => {
  const outcome = await archiveTemplate(actor, input);
  revalidate(input);
  if (outcome.outcome === "deleted") redirect("/admin/templates");
  return { ok: true, message: `Archived ${outcome.versions === 1 ? "its version" : `all ${outcome.versions} versions`}: new quizzes won't draw it; past attempts keep theirs.` };
});

export const restoreTemplateAction = defineFormAction({ name: "restore-template", input: kebabKeySchema, read: boundKey, ...unreadable, audit: true }, async ({ actor, input }) => {
  await restoreTemplate(actor, input);
  revalidate(input);
  return { ok: true, message: "Restored: new quizzes can draw it again." };
});
