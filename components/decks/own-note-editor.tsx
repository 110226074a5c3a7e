"use client";

import { useRouter } from "next/navigation";
import { useMemo, useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useUnsavedChanges } from "@/components/ui/use-unsaved-changes";
import { CardPreview } from "@/components/card-editor/card-preview";
import { clozePreview, emptyDraft, nextClozeNumber } from "@/components/card-editor/card-draft";
import { MarkdownField } from "@/components/card-editor/markdown-field";
import type { OwnNote } from "@/lib/cards/own-note-schema";
import type { ActionResult } from "@/lib/forms/action-result";

type Draft = { kind: "basic" | "cloze"; front: string; back: string; text: string; tags: string };

const MATH_HINT = "Markdown; math between $…$ (inline) or $$…$$ (display).";

function toDraft(note: OwnNote | null): Draft {
  if (!note) return { kind: "basic", front: "", back: "", text: "", tags: "" };
  return note.kind === "basic" ? { kind: "basic", front: note.front, back: note.back, text: "", tags: note.tags.join(", ") } : { kind: "cloze", front: "", back: "", text: note.text, tags: note.tags.join(", ") };
}

function toNote(d: Draft): unknown {
  const tags = d.tags.split(/[\s,]+/).filter(Boolean);
  return d.kind === "basic" ? { kind: "basic", front: d.front, back: d.back, tags } : { kind: "cloze", text: d.text, tags };
}

type Save = (input: unknown) => Promise<ActionResult<{ message: string }>>;

type Props =
  /** A new note in the deck: the form empties itself after each save, ready for the next. */
  | { mode: "create"; deckId: string; initial: null; save: Save }
  /** An edit: saving goes back to the deck. */
  | { mode: "edit"; deckId: string; noteId: string; initial: OwnNote; save: Save };

/**
 * A student's own note, basic or cloze, with the live preview the admin editor has: Markdown and
 * KaTeX render as they type, and a cloze text shows every card it makes (or where its syntax breaks).
 */
export function OwnNoteEditor(props: Props) {
  const { initial, save } = props;
  const router = useRouter();
  const editing = props.mode === "edit";
  const [draft, setDraft] = useState<Draft>(() => toDraft(initial));
  const [result, setResult] = useState<ActionResult<{ message: string }> | null>(null);
  const [pending, startSave] = useTransition();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const cloze = useMemo(() => clozePreview(draft.text), [draft.text]);
  const { markSaved } = useUnsavedChanges(draft);
  const errors = result && !result.ok ? result.fieldErrors : {};
  const set = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setResult(null);
  };

  function wrapSelection() {
    const area = textRef.current;
    if (!area) return;
    const n = nextClozeNumber(draft.text);
    const { selectionStart: from, selectionEnd: to } = area;
    const selected = draft.text.slice(from, to) || "answer";
    set({ text: `${draft.text.slice(0, from)}{{c${n}::${selected}}}${draft.text.slice(to)}` });
    requestAnimationFrame(() => {
      area.focus();
      const start = from + `{{c${n}::`.length;
      area.setSelectionRange(start, start + selected.length);
    });
  }

  function onSave() {
    startSave(async () => {
      const sent = draft;
      const r = await save(props.mode === "edit" ? { noteId: props.noteId, note: toNote(sent) } : { deckId: props.deckId, note: toNote(sent) });
      setResult(r);
      if (!r.ok) {
        // Attention goes to the first field the server refused.
        const first = Object.keys(r.fieldErrors ?? {})[0];
        if (first) document.getElementById(`own-note-${first.replace(/^note\./, "")}`)?.focus();
        return;
      }
      if (editing) {
        markSaved(sent);
        router.push(`/flashcards/decks/${props.deckId}`);
      } else {
        // Ready for the next card of the same kind and tags; an empty form has nothing to lose.
        const next = { ...toDraft(null), kind: sent.kind, tags: sent.tags };
        markSaved(next);
        setDraft(next);
        router.refresh();
      }
    });
  }

  const field = (name: string) => errors[`note.${name}`] ?? errors[name];
  const preview = { ...emptyDraft(""), kind: draft.kind, front: draft.front, back: draft.back, text: draft.text };
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form
        noValidate
        className="min-w-0 space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          onSave();
        }}
      >
        <fieldset disabled={editing}>
          <legend className="text-sm font-medium text-slate-800">Kind{editing ? " (can't change)" : ""}</legend>
          <div className="mt-1 flex flex-wrap gap-4">
            {(["basic", "cloze"] as const).map((kind) => (
              <label key={kind} className="flex items-center gap-2 text-sm">
                <input type="radio" name="own-note-kind" checked={draft.kind === kind} onChange={() => set({ kind })} className="accent-brand-600" />
                {kind === "basic" ? "Basic: a question and its answer" : "Cloze: hidden parts of a text, one card each"}
              </label>
            ))}
          </div>
        </fieldset>
        {draft.kind === "basic" ? (
          <>
            <MarkdownField id="own-note-front" label="Front" value={draft.front} onValue={(front) => set({ front })} hint={MATH_HINT} error={field("front")} rows={4} />
            <MarkdownField id="own-note-back" label="Back" value={draft.back} onValue={(back) => set({ back })} hint={MATH_HINT} error={field("back")} rows={4} />
          </>
        ) : (
          <MarkdownField
            id="own-note-text"
            label="Text"
            value={draft.text}
            onValue={(text) => set({ text })}
            hint={`Hide a part as {{c1::answer}} (or {{c1::answer::hint}}); each number is a card. ${MATH_HINT}`}
            error={field("text") ?? (cloze.ok ? undefined : cloze.problem.message)}
            textareaRef={textRef}
            toolbar={
              <Button type="button" variant="secondary" size="sm" onClick={wrapSelection}>
                Hide selection as c{nextClozeNumber(draft.text)}
              </Button>
            }
          />
        )}
        <div>
          <label htmlFor="own-note-tags" className="block text-sm font-medium text-slate-800">
            Tags (optional)
          </label>
          <input
            id="own-note-tags"
            value={draft.tags}
            onChange={(e) => set({ tags: e.target.value })}
            aria-describedby="own-note-tags-hint"
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
          />
          <p id="own-note-tags-hint" className="mt-1 text-xs text-slate-600">
            Lower-case words joined by hyphens, separated by commas.
          </p>
          {field("tags") ? <p className="mt-1 text-sm text-red-700">{field("tags")}</p> : null}
        </div>
        {result ? <Alert tone={result.ok ? "success" : "error"}>{result.message}</Alert> : null}
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : editing ? "Save card" : "Add card"}
        </Button>
      </form>
      <div className="min-w-0">
        <CardPreview draft={preview} cloze={cloze} existing={null} computed={{ status: "idle" }} />
      </div>
    </div>
  );
}
