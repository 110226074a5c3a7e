"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ImportState } from "@/components/import-export/import-state";
import { detectImportFormat } from "@/lib/gift/detect-format";
import { fileTooLargeMessage } from "@/lib/gift/upload-limit";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";
import { getActionActor } from "@/lib/server/auth/action-actor";
import { importGift } from "@/lib/server/data/import-export/import-gift";
import { importJson } from "@/lib/server/data/import-export/import-json";
import { toActionError } from "@/lib/server/to-action-error";
import { text } from "@/lib/schemas/text";

const importFormSchema = z.object({
  format: z.enum(["auto", "gift", "json"], { error: "Choose a format." }).default("auto"),
  defaultTopic: text().trim().min(1, { error: "Choose the topic for questions whose category names none." }),
  text: text().default(""),
});

export async function importAction(_prev: ImportState, form: FormData): Promise<ImportState> {
  const parsed = importFormSchema.safeParse({ format: form.get("format") ?? undefined, defaultTopic: form.get("defaultTopic") ?? "", text: form.get("text") ?? undefined });
  if (!parsed.success) return { kind: "form", message: "Please check the form.", fieldErrors: fieldErrorsOf(parsed.error) };

  try {
    const actor = await getActionActor();
    const file = form.get("file");
    const upload = file instanceof File && file.size > 0 ? file : null;
    // Refuse by the declared size before reading the file into memory.
    const tooLarge = upload ? fileTooLargeMessage(upload.size) : null;
    if (tooLarge) return { kind: "form", message: tooLarge, fieldErrors: { file: tooLarge } };
    const text = upload ? await upload.text() : parsed.data.text;
    if (!text.trim()) {
      const message = "Choose a file, or paste the text to import.";
      return { kind: "form", message, fieldErrors: { file: message } };
    }
    const format = parsed.data.format === "auto" ? detectImportFormat(upload?.name, text) : parsed.data.format;
    const result = format === "json" ? await importJson(actor, { text }) : await importGift(actor, { text, defaultTopic: parsed.data.defaultTopic });
    if (result.ok) revalidatePath("/admin/questions");
    return { kind: "result", format, source: upload?.name ?? "the pasted text", result };
  } catch (error) {
    const { message, fieldErrors, code } = toActionError(error, "import-questions");
    return { kind: "form", message, fieldErrors, ...(code ? { code } : {}) };
  }
}
