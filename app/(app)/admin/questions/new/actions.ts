"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionResult } from "@/lib/forms/action-result";
import { getActionActor } from "@/lib/server/auth/action-actor";
import { previewTemplate, type DraftPreview } from "@/lib/server/data/preview-template";
import { saveTemplate, type SaveTemplateResult } from "@/lib/server/data/save-template";
import { toActionError } from "@/lib/server/to-action-error";
import { text } from "@/lib/schemas/text";

// The definition itself is checked by the data layer (schema plus sampled variants).
const definitionSchema = z.record(text(), z.unknown());
const unreadable = { ok: false as const, message: "The template couldn't be read. Reload the page and try again.", fieldErrors: {} };

export async function createTemplateAction(definition: unknown): Promise<ActionResult<SaveTemplateResult>> {
  const parsed = definitionSchema.safeParse(definition);
  if (!parsed.success) return unreadable;
  let saved: SaveTemplateResult;
  try {
    saved = await saveTemplate(await getActionActor(), parsed.data, { create: true });
  } catch (error) {
    return toActionError(error, "create-template");
  }
  revalidatePath("/admin/questions");
  redirect(`/admin/questions/${saved.key}/edit?saved=${saved.version}`);
}

export async function previewNewTemplateAction(definition: unknown): Promise<ActionResult<DraftPreview>> {
  const parsed = definitionSchema.safeParse(definition);
  if (!parsed.success) return unreadable;
  try {
    return { ok: true, data: previewTemplate(await getActionActor(), parsed.data) };
  } catch (error) {
    return toActionError(error, "preview-template");
  }
}
