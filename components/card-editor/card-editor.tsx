"use client";

import { useEffect, useMemo, useRef, useState, useTransition } from "react";
import { useUnsavedChanges } from "@/components/ui/use-unsaved-changes";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EditorSection, SelectInput, TextInput } from "@/components/template-editor/editor-fields";
import type { CardNote, CardNoteInput } from "@/lib/cards/card-schema";
import type { ActionResult, ActionState } from "@/lib/forms/action-result";
import type { Variant } from "@/lib/questions/variant";
import { clozePreview, draftToInput, emptyDraft, nextClozeNumber, noteToDraft, suggestKey, type CardDraft, type CardKindName } from "./card-draft";
import { CardPreview, type ComputedPreviewState } from "./card-preview";
import { MarkdownField } from "./markdown-field";

export type TemplateOption = { key: string; title: string; topic: string; difficulty: string };

const KINDS: { kind: CardKindName; label: string; hint: string }[] = [
  { kind: "basic", label: "Basic", hint: "A question and its answer." },
  { kind: "cloze", label: "Cloze", hint: "Hidden parts of a text; one card per number." },
  { kind: "computed", label: "Computed", hint: "A bank template, fresh numbers each review." },
];

const MATH_HINT = "Markdown; math between $…$ (inline) or $$…$$ (display).";

/**
 * The flashcard note form with its live preview: Markdown and KaTeX render as the author types,
 * a cloze text shows every card it yields (or where its syntax breaks), and a computed card shows
 * a sample variant of its template. Saving sends the note; the server validates it again.
 */
export function CardEditor({
  initial,
  topics,
  templates,
  existing,
  save,
  previewTemplate,
}: {
  initial: CardNote | null;
  topics: { slug: string; title: string }[];
  templates: TemplateOption[];
  /** When editing: students holding each current card, by cloze number. */
  existing: Record<number, number> | null;
  save: (input: CardNoteInput) => Promise<ActionResult<{ message: string }>>;
  previewTemplate: (templateKey: string) => Promise<ActionResult<{ title: string; variant: Variant; tags: string[]; source: { title: string; url?: string } }>>;
}) {
  const editing = initial !== null;
  const [draft, setDraft] = useState<CardDraft>(() => (initial ? noteToDraft(initial) : emptyDraft(topics[0]?.slug ?? "")));
  const [keyTouched, setKeyTouched] = useState(editing);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<ActionState<{ message: string }>>(null);
  const [saving, startSave] = useTransition();
  // The last sample drawn, with the template it belongs to: a different pick shows "loading" until its own arrives.
  const [computed, setComputed] = useState<{ templateKey: string; state: ComputedPreviewState } | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const latestPreview = useRef(0);

  const cloze = useMemo(() => clozePreview(draft.text), [draft.text]);
  const key = keyTouched ? draft.key : suggestKey(draft);
  const topicTemplates = templates.filter((t) => t.topic === draft.topic);
  const { markSaved } = useUnsavedChanges({ ...draft, key });

  useEffect(() => {
    if (draft.kind !== "computed" || !draft.templateKey) return;
    const templateKey = draft.templateKey;
    const request = ++latestPreview.current;
    previewTemplate(templateKey)
      .then((r): ComputedPreviewState => {
        if (!r.ok || !r.data) return { status: "error", message: r.ok ? "No sample could be drawn." : r.message };
        const { source, tags } = r.data;
        // A computed card usually cites what its template cites: fill what the author left empty.
        setDraft((d) => ({
          ...d,
          sourceTitle: d.sourceTitle || source.title,
          sourceUrl: d.sourceTitle ? d.sourceUrl : (source.url ?? ""),
          tags: d.tags || tags.filter((t) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(t)).join(", "),
        }));
        return { status: "ready", title: r.data.title, variant: r.data.variant };
      })
      .catch((): ComputedPreviewState => ({ status: "error", message: "The preview couldn't be loaded. Check the connection and pick the template again." }))
      .then((state) => {
        // A slower answer for an earlier pick must not replace the current one.
        if (request === latestPreview.current) setComputed({ templateKey, state });
      });
  }, [draft.kind, draft.templateKey, previewTemplate]);

  function update(field: keyof CardDraft, value: string): void {
    setDraft((d) => ({ ...d, [field]: value }));
    setResult(null);
    // A field's server error describes the old value; the live preview covers the new one.
    const names = field === "sourceTitle" ? ["source.title"] : field === "sourceUrl" ? ["source.url"] : [field];
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !names.includes(k))));
  }

  function wrapSelection(): void {
    const area = textRef.current;
    if (!area) return;
    const n = nextClozeNumber(draft.text);
    const { selectionStart: from, selectionEnd: to } = area;
    const selected = draft.text.slice(from, to) || "answer";
    const text = `${draft.text.slice(0, from)}{{c${n}::${selected}}}${draft.text.slice(to)}`;
    update("text", text);
    requestAnimationFrame(() => {
      area.focus();
      const start = from + `{{c${n}::`.length;
      area.setSelectionRange(start, start + selected.length);
    });
  }

  function showProblem(index: number): void {
    const area = textRef.current;
    if (!area) return;
    area.focus();
    area.setSelectionRange(index, Math.min(draft.text.length, index + 2));
  }

  const clozeNotes =
    draft.kind === "cloze" && !cloze.ok ? (
      <div id="card-text-problem" className="mt-2 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
        <p>{cloze.problem.message}</p>
        <p className="mt-1 overflow-x-auto font-mono text-xs whitespace-pre text-red-900">
          {cloze.problem.excerpt.before}
          <mark className="rounded-sm bg-red-200 px-0.5 text-red-950">{cloze.problem.excerpt.at}</mark>
          {cloze.problem.excerpt.after}
        </p>
        <button type="button" className="mt-1 text-xs font-medium text-red-800 underline" onClick={() => showProblem(cloze.problem.index)}>
          Select it in the text
        </button>
      </div>
    ) : null;

  return (
    <div className="grid gap-6 lg:grid-cols-2 lg:grid-rows-[auto_auto_1fr]">
      <form
        id="card-form"
        noValidate
        className="min-w-0 space-y-6 lg:col-start-1"
        onSubmit={(e) => {
          e.preventDefault();
          startSave(async () => {
            const sent = { ...draft, key };
            const r = await save(draftToInput(sent));
            // A successful create navigates away and may leave nothing to show here.
            if (!r) return;
            if (r.ok) markSaved(sent);
            setResult(r);
            setErrors(r.ok ? {} : r.fieldErrors);
          });
        }}
      >
        {editing ? (
          <EditorSection title="Card" description="The key, topic and kind stay: students' decks and progress depend on them.">
            <dl className="grid gap-3 text-sm sm:grid-cols-3">
              {[
                ["Topic", topics.find((t) => t.slug === draft.topic)?.title ?? draft.topic],
                ["Kind", KINDS.find((k) => k.kind === draft.kind)?.label ?? draft.kind],
                ["Key", draft.key],
              ].map(([term, value]) => (
                <div key={term} className="min-w-0">
                  <dt className="text-xs font-medium text-slate-500">{term}</dt>
                  <dd className={`mt-0.5 break-words text-slate-900 ${term === "Key" ? "font-mono text-xs leading-5" : ""}`}>{value}</dd>
                </div>
              ))}
            </dl>
          </EditorSection>
        ) : (
          <EditorSection title="Card">
            <div className="grid gap-4 sm:grid-cols-2">
              <SelectInput path="topic" label="Topic" value={draft.topic} onValue={(v) => update("topic", v)} error={errors.topic}>
                {topics.map((t) => (
                  <option key={t.slug} value={t.slug}>
                    {t.title}
                  </option>
                ))}
              </SelectInput>
            </div>
            <fieldset>
              <legend className="text-sm font-medium text-slate-800">Kind</legend>
              <div className="mt-1 grid gap-2 sm:grid-cols-3">
                {KINDS.map((k) => (
                  <label key={k.kind} className="flex cursor-pointer gap-2 rounded-md border border-slate-300 p-2.5 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50">
                    <input type="radio" name="kind" value={k.kind} checked={draft.kind === k.kind} onChange={() => update("kind", k.kind)} className="mt-0.5" />
                    <span>
                      <span className="block font-medium text-slate-900">{k.label}</span>
                      <span className="block text-xs text-slate-600">{k.hint}</span>
                    </span>
                  </label>
                ))}
              </div>
              {errors.kind ? <p className="mt-1 text-sm text-red-700">{errors.kind}</p> : null}
            </fieldset>
          </EditorSection>
        )}

        <EditorSection title="Content">
          {draft.kind === "basic" ? (
            <>
              <MarkdownField id="card-front" label="Front" value={draft.front} onValue={(v) => update("front", v)} error={errors.front} hint={`The question. ${MATH_HINT}`} rows={4} />
              <MarkdownField id="card-back" label="Back" value={draft.back} onValue={(v) => update("back", v)} error={errors.back} hint="The answer, shown after the student recalls it." rows={5} />
            </>
          ) : null}
          {draft.kind === "cloze" ? (
            <MarkdownField
              id="card-text"
              label="Cloze text"
              value={draft.text}
              onValue={(v) => update("text", v)}
              error={errors.text && cloze.ok ? errors.text : undefined}
              notes={clozeNotes}
              notesId="card-text-problem"
              rows={7}
              textareaRef={textRef}
              hint={
                <>
                  Hide text as {"{{c1::answer}}"} or {"{{c1::answer::hint}}"}; each number is one card, and a number used twice hides both parts on the same card. {MATH_HINT}
                </>
              }
              toolbar={
                <button type="button" onClick={wrapSelection} className="rounded px-1.5 py-0.5 text-xs font-medium text-brand-700 hover:bg-brand-50">
                  Hide selection as c{nextClozeNumber(draft.text)}
                </button>
              }
            />
          ) : null}
          {draft.kind === "computed" ? (
            <SelectInput
              path="templateKey"
              label="Template"
              value={draft.templateKey}
              onValue={(v) => update("templateKey", v)}
              error={errors.templateKey}
              hint={topicTemplates.length ? "Active templates of this topic." : "This topic has no active templates yet."}
            >
              <option value="">Choose a template…</option>
              {draft.templateKey && !topicTemplates.some((t) => t.key === draft.templateKey) ? <option value={draft.templateKey}>{draft.templateKey} (not an active template of this topic)</option> : null}
              {topicTemplates.map((t) => (
                <option key={t.key} value={t.key}>
                  {t.title} ({t.difficulty})
                </option>
              ))}
            </SelectInput>
          ) : null}
        </EditorSection>

      </form>

      <aside className="min-w-0 lg:sticky lg:top-4 lg:col-start-2 lg:row-span-3 lg:row-start-1 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
        <CardPreview draft={draft} cloze={cloze} existing={existing} computed={
            draft.kind !== "computed" || !draft.templateKey ? { status: "idle" } : computed?.templateKey === draft.templateKey ? computed.state : { status: "loading" }
          } />
      </aside>

      {/* Outside the form element so that on a phone the preview sits right under the text it shows. */}
      <div className="min-w-0 lg:col-start-1">
          <EditorSection title={editing ? "Tags and source" : "Key, tags and source"}>
            {editing ? null : (
              <TextInput
                path="key"
                label="Key"
                value={key}
                onValue={(v) => {
                  setKeyTouched(true);
                  update("key", v);
                }}
                error={errors.key}
                hint="Names the card in links; lower-case words joined by hyphens, suggested from the card until you change it. It can't change later."
                autoComplete="off"
                spellCheck={false}
                form="card-form"
              />
            )}
            <TextInput path="tags" label="Tags" value={draft.tags} onValue={(v) => update("tags", v)} error={errors.tags} hint="Separated by commas, e.g. formula, frequency." autoComplete="off" form="card-form" />
            <div className="grid gap-4 sm:grid-cols-2">
              <TextInput path="source.title" label="Source title" value={draft.sourceTitle} onValue={(v) => update("sourceTitle", v)} error={errors["source.title"]} hint="The paper, page or book the card comes from." form="card-form" />
              <TextInput path="source.url" label="Source URL" type="url" value={draft.sourceUrl} onValue={(v) => update("sourceUrl", v)} error={errors["source.url"]} hint="Optional." placeholder="https://" form="card-form" />
            </div>
          </EditorSection>
      </div>

      <div className="sticky bottom-0 z-10 -mx-1 space-y-3 border-t border-slate-200 bg-slate-50/95 px-1 py-4 backdrop-blur lg:col-start-1">
        {result ? result.ok ? <Alert tone="success">{result.data?.message ?? result.message}</Alert> : <Alert tone="error">{result.message}</Alert> : null}
        <Button type="submit" form="card-form" disabled={saving} aria-disabled={saving}>
          {saving ? "Saving…" : editing ? "Save changes" : "Create card"}
        </Button>
      </div>
    </div>
  );
}
