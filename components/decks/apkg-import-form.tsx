"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CONTROL } from "@/components/ui/field-notes";
import { FileField } from "@/components/ui/file-field";
import type { ApkgImportResult } from "@/lib/anki/import-result";
import { apkgTooLargeMessage } from "@/lib/anki/upload-limit";
import { pluralize } from "@/lib/format/display";

type State = { kind: "idle" } | { kind: "sending" } | { kind: "error"; message: string; field?: "file" } | { kind: "done"; result: ApkgImportResult };

/**
 * Imports an Anki package (.apkg) into one of the student's decks or a new one. The file goes to
 * the import route as it is; the answer says what came in and names every note left out.
 */
export function ApkgImportForm({ decks }: { decks: { id: string; name: string }[] }) {
  const router = useRouter();
  const [state, setState] = useState<State>({ kind: "idle" });
  const [into, setInto] = useState("new");
  const resultRef = useRef<HTMLHeadingElement>(null);
  const sending = state.kind === "sending";
  const fileError = state.kind === "error" && state.field === "file" ? state.message : null;

  useEffect(() => {
    // The result is where the student's attention goes next.
    if (state.kind === "done") resultRef.current?.focus();
  }, [state.kind]);

  const submit = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) return setState({ kind: "error", field: "file", message: "Choose an .apkg file exported from Anki." });
    const tooLarge = apkgTooLargeMessage(file.size);
    if (tooLarge) return setState({ kind: "error", field: "file", message: tooLarge });
    setState({ kind: "sending" });
    const query = new URLSearchParams({ into: String(data.get("into") ?? "new"), name: String(data.get("name") ?? "") });
    try {
      const response = await fetch(`/api/decks/import?${query}`, { method: "POST", headers: { "content-type": "application/octet-stream" }, body: file });
      const body = (await response.json().catch(() => null)) as (ApkgImportResult & { error?: string; fieldErrors?: Record<string, string> }) | null;
      if (!response.ok || !body || body.error) {
        const message = body?.error ?? `The import failed (${response.status}). Try again.`;
        return setState({ kind: "error", message, field: body?.fieldErrors?.file || response.status === 413 ? "file" : undefined });
      }
      setState({ kind: "done", result: body });
      router.refresh();
    } catch {
      setState({ kind: "error", message: "The file couldn't be sent. Check your connection and try again." });
    }
  };

  return (
    <div className="space-y-4">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!sending) void submit(e.currentTarget);
        }}
        className="space-y-3"
        noValidate
      >
        <FileField
          id="apkg-file"
          name="file"
          label="Anki package"
          accept=".apkg"
          error={fileError}
          onChange={(e) => {
            const tooLarge = apkgTooLargeMessage(e.currentTarget.files?.[0]?.size ?? 0);
            setState(tooLarge ? { kind: "error", field: "file", message: tooLarge } : { kind: "idle" });
          }}
          hint="An .apkg from Anki (File › Export, “Anki Deck Package”, with “Support older Anki versions” ticked). Basic and cloze notes come in with their scheduling and review history; images and sounds don’t."
        />
        <div className="grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor="apkg-into" className="block text-sm font-medium text-slate-800">
              Into
            </label>
            <select id="apkg-into" name="into" value={into} onChange={(e) => setInto(e.currentTarget.value)} className={`${CONTROL} border-slate-300`}>
              <option value="new">A new deck</option>
              {decks.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </div>
          {into === "new" ? (
            <div>
              <label htmlFor="apkg-name" className="block text-sm font-medium text-slate-800">
                New deck’s name (optional)
              </label>
              <input id="apkg-name" name="name" maxLength={80} placeholder="The package’s deck name" aria-describedby="apkg-name-hint" className={`${CONTROL} border-slate-300`} />
              <p id="apkg-name-hint" className="mt-1 text-xs text-slate-500">
                Left empty: the name of the deck in the package.
              </p>
            </div>
          ) : null}
        </div>
        <Button type="submit" size="sm" disabled={sending} aria-disabled={sending}>
          {sending ? "Importing…" : "Import package"}
        </Button>
        {state.kind === "error" && state.field !== "file" ? <Alert tone="error">{state.message}</Alert> : null}
        <p className="sr-only" role="status">
          {sending ? "Importing the package…" : ""}
        </p>
      </form>
      {state.kind === "done" ? <ImportSummary result={state.result} headingRef={resultRef} /> : null}
    </div>
  );
}

function ImportSummary({ result, headingRef }: { result: ApkgImportResult; headingRef: React.RefObject<HTMLHeadingElement | null> }) {
  const leftOut = [
    result.otherCardsLeftOut ? `${pluralize(result.otherCardsLeftOut, "reverse card")} (only each note’s first card comes in)` : null,
    result.images ? `${pluralize(result.images, "image")}` : null,
    result.sounds ? `${pluralize(result.sounds, "sound")}` : null,
  ].filter(Boolean);
  return (
    <section aria-labelledby="apkg-result" className="rounded-md border border-emerald-200 bg-emerald-50 p-4 text-sm text-slate-800">
      <h3 id="apkg-result" ref={headingRef} tabIndex={-1} className="font-semibold text-emerald-900 focus:outline-none">
        Imported into “{result.deckName}”
      </h3>
      <p className="mt-1">
        {pluralize(result.notes, "note")}, {pluralize(result.cards, "card")} and {pluralize(result.reviews, "past review")} came in
        {result.alreadyThere ? `; ${pluralize(result.alreadyThere, "note")} already in the deck from an earlier import stayed as they were` : ""}.
      </p>
      {leftOut.length ? <p className="mt-1">Left out: {leftOut.join(", ")}.</p> : null}
      {result.skipped.length ? (
        <div className="mt-2">
          <p className="font-medium">{pluralize(result.skipped.length, "note")} couldn’t come in:</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {result.skipped.slice(0, 50).map((s) => (
              <li key={s.label}>
                {s.label}: {s.reason}
              </li>
            ))}
          </ul>
          {result.skipped.length > 50 ? <p className="mt-1">…and {result.skipped.length - 50} more.</p> : null}
        </div>
      ) : null}
      <p className="mt-3">
        <Link href={`/flashcards/decks/${result.deckId}`} className="font-medium text-brand-700 underline">
          Open “{result.deckName}”
        </Link>
      </p>
    </section>
  );
}
