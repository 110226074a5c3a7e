"use client";

import { useEffect, useMemo, useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ComputeDescription } from "@/lib/compute/types";
import type { ActionResult, ActionState } from "@/lib/forms/action-result";
import { PRESET_FIELDS } from "@/lib/questions/presets";
import type { Template } from "@/lib/questions/template-schema";
import type { DraftPreview } from "@/lib/server/data/templates/preview-template";
import type { SaveTemplateResult } from "@/lib/server/data/templates/save-template";
import { AnswerSection } from "./answer-section";
import { BasicsSection, SourceSection } from "./basics-section";
import type { SectionProps } from "./editor-fields";
import { ItemsSection } from "./items-section";
import { ConstraintsSection, ParametersSection } from "./parameters-section";
import { PreviewPanel } from "./preview-panel";
import { useUnsavedChanges } from "@/components/ui/use-unsaved-changes";
import { bindingOptions, draftToInput, emptyDraft, templateToDraft, type TemplateDraft } from "./template-draft";

type Definition = Record<string, unknown>;

const PREVIEW_DELAY_MS = 400;

/**
 * The template form with its live preview. Every edit re-renders the draft; 400 ms after
 * the last one the server checks it and returns sample variants (or the problems found).
 * Saving sends the same definition; the server validates it again on more draws.
 */
export function TemplateEditor({
  initial,
  functions,
  save,
  preview,
}: {
  /** The stored template to edit, or null for a new one. */
  initial: Template | null;
  functions: readonly ComputeDescription[];
  save: (definition: Definition) => Promise<ActionResult<SaveTemplateResult>>;
  preview: (definition: Definition) => Promise<ActionResult<DraftPreview>>;
}) {
  const [draft, setDraft] = useState<TemplateDraft>(() => (initial ? templateToDraft(initial) : emptyDraft()));
  const [saveState, setSaveState] = useState<ActionState<SaveTemplateResult>>(null);
  const [editedSinceSave, setEditedSinceSave] = useState(false);
  const [previewState, setPreviewState] = useState<ActionState<DraftPreview>>(null);
  const [saving, startSave] = useTransition();
  const [previewing, startPreview] = useTransition();
  const nextRow = useRef(0);
  const formRef = useRef<HTMLFormElement>(null);
  const saveMessageRef = useRef<HTMLDivElement>(null);
  const latestPreview = useRef(0);

  const definition = useMemo(() => draftToInput(draft), [draft]);
  const { dirty, markSaved } = useUnsavedChanges(definition);

  useEffect(() => {
    const request = ++latestPreview.current;
    const timer = setTimeout(() => {
      startPreview(async () => {
        const result = await preview(definition);
        // A slower answer to an older draft must not replace a newer one.
        if (request === latestPreview.current) setPreviewState(result);
      });
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [definition, preview]);

  // A refused save takes the author to the first field that needs them (or to the list of
  // problems when none is a field's), instead of leaving them at the Save button.
  useEffect(() => {
    if (!saveState || saveState.ok) return;
    const field = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (field ?? saveMessageRef.current)?.focus();
  }, [saveState]);

  const sectionProps: SectionProps = {
    draft,
    update: (change) => {
      setDraft(change);
      setEditedSinceSave(true);
    },
    errors: {
      ...(previewState?.ok ? previewState.data?.fieldErrors : {}),
      ...(saveState && !saveState.ok && !editedSinceSave ? saveState.fieldErrors : {}),
    },
    newId: () => `n${nextRow.current++}`,
  };
  const options = bindingOptions(draft.parameters, PRESET_FIELDS);
  const parameterNames = draft.parameters.filter((p) => p.kind !== "preset").map((p) => p.name.trim());
  const computed = draft.kind === "numeric" || draft.kind === "multiple_choice";

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <form
        ref={formRef}
        noValidate
        className="space-y-6"
        onSubmit={(e) => {
          e.preventDefault();
          startSave(async () => {
            const sent = definition;
            const result = await save(sent);
            // A successful create navigates away and may leave nothing to show here.
            if (result) {
              setSaveState(result);
              setEditedSinceSave(false);
              if (result.ok) markSaved(sent);
            }
          });
        }}
      >
        <BasicsSection {...sectionProps} keyEditable={initial === null} />
        <ParametersSection {...sectionProps} />
        <ConstraintsSection {...sectionProps} options={options} />
        {computed ? <AnswerSection {...sectionProps} functions={functions} options={options} parameterNames={parameterNames} /> : <ItemsSection {...sectionProps} />}
        <SourceSection {...sectionProps} />
        <div className="sticky bottom-0 z-10 -mx-1 space-y-3 border-t border-slate-200 bg-slate-50/95 px-1 py-4 backdrop-blur">
          <div ref={saveMessageRef} tabIndex={-1} className="focus:outline-none">
            <SaveMessage state={saveState} stale={editedSinceSave} />
          </div>
          <div className="flex items-center gap-3">
            <Button type="submit" disabled={saving} aria-disabled={saving}>
              {saving ? "Checking and saving…" : initial ? "Save changes" : "Create template"}
            </Button>
            <span className="text-xs text-slate-600">{dirty ? "Unsaved changes · " : ""}Saving checks 1,000 sampled variants.</span>
          </div>
        </div>
      </form>
      <aside className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
        <PreviewPanel state={previewState} pending={previewing} />
      </aside>
    </div>
  );
}

function SaveMessage({ state, stale }: { state: ActionState<SaveTemplateResult>; stale: boolean }) {
  // Once the draft changes, the last outcome no longer describes it; the live preview does.
  if (!state || stale) return null;
  if (state.ok) return state.message ? <Alert tone="success">{state.message}</Alert> : null;
  const [heading, ...problems] = state.message.split("\n");
  return (
    <Alert tone="error" title={heading}>
      {problems.length ? (
        <ul className="list-disc space-y-1 pl-5">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      {Object.keys(state.fieldErrors).length ? <p className="mt-1">Fields with problems are marked in the form.</p> : null}
    </Alert>
  );
}
