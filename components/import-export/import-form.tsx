"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { fileTooLargeMessage, MAX_IMPORT_BYTES } from "@/lib/gift/upload-limit";
import type { ImportState } from "./import-state";
import { ImportProgressPanel } from "./import-progress-panel";
import { ImportReport } from "./import-report";
import { sendImport } from "./send-import";
import { CONTROL } from "@/components/ui/field-notes";
import { FileField } from "@/components/ui/file-field";

/**
 * Upload or paste a GIFT, Moodle XML or Quizformer JSON file. The file goes to the import
 * endpoint as it is; while the server works, its progress is shown; then every
 * error with its line, or what was imported.
 */
export function ImportForm({ topics }: { topics: { slug: string; title: string }[] }) {
  const [state, setState] = useState<ImportState>(null);
  const [sizeError, setSizeError] = useState<string | null>(null);
  const pending = state?.kind === "uploading" || state?.kind === "progress";
  const formErrors = state?.kind === "form" ? state.fieldErrors : {};
  const fileError = sizeError ?? formErrors.file;

  const submit = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const file = data.get("file");
    const upload = file instanceof File && file.size > 0 ? file : null;
    const text = String(data.get("text") ?? "");
    if (!upload && !text.trim()) {
      const message = "Choose a file, or paste the text to import.";
      return setState({ kind: "form", message, fieldErrors: { file: message } });
    }
    const body = upload ?? new Blob([text], { type: "text/plain" });
    // Checked here too, so an oversize file is never sent; the server refuses it anyway.
    const tooLarge = fileTooLargeMessage(body.size);
    if (tooLarge) return setState({ kind: "form", message: tooLarge, fieldErrors: { file: tooLarge } });
    await sendImport({ body, name: upload?.name, format: String(data.get("format") ?? "auto"), defaultTopic: String(data.get("defaultTopic") ?? "") }, setState);
  };

  return (
    <div className="space-y-5">
      <form
        // Submitted by hand so the form isn't reset: pasted text stays, ready to fix and import again.
        onSubmit={(e) => {
          e.preventDefault();
          if (!pending) void submit(e.currentTarget);
        }}
        className="space-y-4"
      >
        {state?.kind === "form" && !formErrors.file ? <Alert tone="error">{state.message}</Alert> : null}
        <FileField
          id="import-file"
          name="file"
          label="File"
          accept=".gift,.txt,.json,.xml,text/plain,application/json,application/xml,text/xml"
          error={fileError}
          onChange={(e) => setSizeError(fileTooLargeMessage(e.currentTarget.files?.[0]?.size ?? 0))}
          hint={`Moodle GIFT (.gift or .txt), Moodle XML (.xml) or a Quizformer export (.json), at most ${MAX_IMPORT_BYTES / (1024 * 1024)} MB.`}
        />
        <div>
          <label htmlFor="import-text" className="block text-sm font-medium text-slate-800">
            Or paste the text
          </label>
          <textarea id="import-text" name="text" rows={6} spellCheck={false} aria-describedby="import-text-hint" className={`${CONTROL} border-slate-300 font-mono`} />
          <p id="import-text-hint" className="mt-1 text-xs text-slate-500">
            Used when no file is chosen.
          </p>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="import-format" className="block text-sm font-medium text-slate-800">
              Format
            </label>
            <select id="import-format" name="format" defaultValue="auto" className={`${CONTROL} border-slate-300`}>
              <option value="auto">Detect (by file name or content)</option>
              <option value="gift">Moodle GIFT</option>
              <option value="moodle-xml">Moodle XML</option>
              <option value="json">Quizformer JSON</option>
            </select>
          </div>
          <div>
            <label htmlFor="import-topic" className="block text-sm font-medium text-slate-800">
              Default topic for GIFT and Moodle XML
            </label>
            <select
              id="import-topic"
              name="defaultTopic"
              defaultValue={topics[0]?.slug}
              aria-invalid={formErrors.defaultTopic ? true : undefined}
              aria-describedby={formErrors.defaultTopic ? "import-topic-error" : "import-topic-hint"}
              className={`${CONTROL} ${formErrors.defaultTopic ? "border-red-500" : "border-slate-300"}`}
            >
              {topics.map((t) => (
                <option key={t.slug} value={t.slug}>
                  {t.title}
                </option>
              ))}
            </select>
            {formErrors.defaultTopic ? (
              <p id="import-topic-error" className="mt-1 text-sm text-red-700">
                {formErrors.defaultTopic}
              </p>
            ) : (
              <p id="import-topic-hint" className="mt-1 text-xs text-slate-500">
                For questions whose category (<code>$CATEGORY:</code> in GIFT) names no topic.
              </p>
            )}
          </div>
        </div>
        <Button type="submit" disabled={pending || Boolean(sizeError)} aria-disabled={pending}>
          {pending ? "Importing…" : "Import"}
        </Button>
      </form>
      {pending ? <ImportProgressPanel state={state} /> : null}
      {state?.kind === "result" ? <ImportReport result={state.result} source={state.source} format={state.format} notListed={state.notListed} /> : null}
    </div>
  );
}
