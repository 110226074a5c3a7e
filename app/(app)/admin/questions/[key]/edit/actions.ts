"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionResult, ActionState } from "@/lib/forms/action-result";
import { getActionActor } from "@/lib/server/auth/action-actor";
import { archiveTemplate, restoreTemplate } from "@/lib/server/data/archive-template";
import { previewTemplate, type DraftPreview } from "@/lib/server/data/preview-template";
import { saveTemplate, type SaveTemplateResult } from "@/lib/server/data/save-template";
import { toActionError } from "@/lib/server/to-action-error";
import { text } from "@/lib/schemas/text";

// The definition itself is checked by the data layer (schema plus sampled variants).
const definitionSchema = z.record(text(), z.unknown());
const keySchema = text().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const unreadable = { ok: false as const, message: "The template couldn't be read. Reload the page and try again.", fieldErrors: {} };

function revalidate(key: string): void {
  revalidatePath("/admin/questions");
  revalidatePath(`/admin/questions/${key}`);
  revalidatePath(`/admin/questions/${key}/edit`);
}

function savedMessage(saved: SaveTemplateResult): string {
  if (!saved.changed) return `No changes to save: version ${saved.version} already holds this definition.`;
  if (saved.createdVersion && saved.version > 1) {
    return `Saved as version ${saved.version}: version ${saved.version - 1} was used by attempts, so it is kept for them.`;
  }
  return `Saved as version ${saved.version}. No attempt had used it yet, so it was updated in place.`;
}

export async function updateTemplateAction(key: string, definition: unknown): Promise<ActionResult<SaveTemplateResult>> {
  const parsedKey = keySchema.safeParse(key);
  const parsed = definitionSchema.safeParse(definition);
  if (!parsedKey.success || !parsed.success) return unreadable;
  try {
    const saved = await saveTemplate(await getActionActor(), parsed.data, { key: parsedKey.data });
    if (saved.changed) revalidate(saved.key);
    return { ok: true, message: savedMessage(saved), data: saved };
  } catch (error) {
    return toActionError(error, "update-template");
  }
}

export async function previewTemplateAction(definition: unknown): Promise<ActionResult<DraftPreview>> {
  const parsed = definitionSchema.safeParse(definition);
  if (!parsed.success) return unreadable;
  try {
    return { ok: true, data: previewTemplate(await getActionActor(), parsed.data) };
  } catch (error) {
    return toActionError(error, "preview-template");
  }
}

export async function archiveTemplateAction(key: string): Promise<ActionState> {
  const parsedKey = keySchema.safeParse(key);
  if (!parsedKey.success) return unreadable;
  let outcome: Awaited<ReturnType<typeof archiveTemplate>>;
  try {
    outcome = await archiveTemplate(await getActionActor(), parsedKey.data);
  } catch (error) {
    return toActionError(error, "archive-template");
  }
  revalidate(parsedKey.data);
  if (outcome.outcome === "deleted") redirect("/admin/questions");
  return { ok: true, message: `Archived ${outcome.versions === 1 ? "its version" : `all ${outcome.versions} versions`}: new quizzes won't draw it; past attempts keep theirs.` };
}

export async function restoreTemplateAction(key: string): Promise<ActionState> {
  const parsedKey = keySchema.safeParse(key);
  if (!parsedKey.success) return unreadable;
  try {
    await restoreTemplate(await getActionActor(), parsedKey.data);
  } catch (error) {
    return toActionError(error, "restore-template");
  }
  revalidate(parsedKey.data);
  return { ok: true, message: "Restored: new quizzes can draw it again." };
}
