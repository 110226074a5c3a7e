"use client";

import { startTransition, useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { fileTooLargeMessage, MAX_IMPORT_BYTES } from "@/lib/gift/upload-limit";
import type { ImportState } from "./import-state";
import { ImportReport } from "./import-report";
import { CONTROL } from "@/components/ui/field-notes";

type Action = (prev: ImportState, form: FormData) => Promise<ImportState>;


/** Upload or paste a GIFT or Quizformer JSON file; shows every error with its line, or what was imported. */
export function ImportForm({ action, topics }: { action: Action; topics: { slug: string; title: string }[] }) {
  const [state, formAction, pending] = useActionState(async (prev: ImportState, form: FormData): Promise<ImportState> => {
    try {
      return await action(prev, form);
    } catch {
      // The request itself failed (connection, or a body over the server's upload limit).
      return { kind: "form", message: "The upload didn't reach the server. Try again; if it keeps failing, try a smaller file.", fieldErrors: {} };
    }
  }, null);
  const [sizeError, setSizeError] = useState<string | null>(null);
  const formErrors = state?.kind === "form" ? state.fieldErrors : {};
  const fileError = sizeError ?? formErrors.file;

  return (
    <div className="space-y-5">
      <form
        action={formAction}
        // Submitted by hand so the form isn't reset: pasted text stays, ready to fix and import again.
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          startTransition(() => formAction(data));
        }}
        className="space-y-4"
      >
        {state?.kind === "form" && !formErrors.file ? <Alert tone="error">{state.message}</Alert> : null}
        <div>
          <label htmlFor="import-file" className="block text-sm font-medium text-slate-800">
            File
          </label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".gift,.txt,.json,text/plain,application/json"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? "import-file-error" : "import-file-hint"}
            onChange={(e) => setSizeError(fileTooLargeMessage(e.currentTarget.files?.[0]?.size ?? 0))}
            className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-sm file:font-medium file:text-brand-700 hover:file:bg-brand-100"
          />
          {fileError ? (
            <p id="import-file-error" className="mt-1 text-sm text-red-700">
              {fileError}
            </p>
          ) : (
            <p id="import-file-hint" className="mt-1 text-xs text-slate-500">
              Moodle GIFT (.gift or .txt) or a Quizformer export (.json), at most {MAX_IMPORT_BYTES / (1024 * 1024)} MB.
            </p>
          )}
        </div>
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
              <option value="json">Quizformer JSON</option>
            </select>
          </div>
          <div>
            <label htmlFor="import-topic" className="block text-sm font-medium text-slate-800">
              Default topic for GIFT
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
                For questions whose <code>$CATEGORY:</code> names no topic.
              </p>
            )}
          </div>
        </div>
        <Button type="submit" disabled={pending || Boolean(sizeError)} aria-disabled={pending}>
          {pending ? "Importing…" : "Import"}
        </Button>
      </form>
      {state?.kind === "result" ? <ImportReport result={state.result} source={state.source} format={state.format} /> : null}
    </div>
  );
}
