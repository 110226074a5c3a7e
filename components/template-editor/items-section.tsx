import { Button } from "@/components/ui/button";
import { EditorSection, SelectInput, TextInput, replaceRow, type SectionProps } from "./editor-fields";
import type { TemplateDraft, TextRowDraft } from "./template-draft";
import { MatchingPairs } from "./matching-pairs";
import { StaticChoices } from "./static-choices";

/** The answer of the kinds without a formula: true/false, an ordering, accepted short texts, pairs to match, or choices to tick. */
export function ItemsSection(props: SectionProps) {
  const { draft, update, errors } = props;
  if (draft.kind === "multiple_answer") {
    return (
      <EditorSection
        title="Choices"
        description="3 to 10 choices; students tick all that apply. Each right choice ticked earns an equal share of the marks, each wrong one ticked takes away an equal share of the wrong ones; never below zero."
      >
        <StaticChoices {...props} multiple />
      </EditorSection>
    );
  }
  if (draft.kind === "matching") {
    return (
      <EditorSection
        title="Pairs"
        description="2 to 10 prompts, each with the answer it goes with. Students pick each answer from a list of every answer and the extra wrong ones, shuffled; each right pair earns its share of the marks. Answers show as plain text in the list."
      >
        <MatchingPairs {...props} />
      </EditorSection>
    );
  }
  if (draft.kind === "true_false") {
    return (
      <EditorSection title="Answer">
        <SelectInput path="correct" label="The statement is" value={String(draft.truth)} onValue={(v) => update((d) => ({ ...d, truth: v === "true" }))} error={errors.correct}>
          <option value="true">True</option>
          <option value="false">False</option>
        </SelectInput>
      </EditorSection>
    );
  }
  if (draft.kind === "ordering") {
    return (
      <EditorSection title="Items" description="3 to 8 items, listed here in the correct order. Students see them shuffled.">
        <TextRows {...props} field="items" noun="Item" min={3} max={8} reorder />
      </EditorSection>
    );
  }
  if (draft.kind === "short_text") {
    return (
      <EditorSection title="Accepted answers" description="Compared after lower-casing and dropping spaces, hyphens and punctuation. The first is shown as the answer.">
        <TextRows {...props} field="accepted" noun="Answer" min={1} max={20} />
      </EditorSection>
    );
  }
  return null;
}

function TextRows({
  draft,
  update,
  errors,
  newId,
  field,
  noun,
  min,
  max,
  reorder = false,
}: SectionProps & { field: "items" | "accepted"; noun: string; min: number; max: number; reorder?: boolean }) {
  const rows = draft[field];
  const set = (next: TextRowDraft[]) => update((d): TemplateDraft => ({ ...d, [field]: next }));
  const move = (from: number, to: number) => {
    const next = [...rows];
    const [row] = next.splice(from, 1);
    next.splice(to, 0, row!);
    set(next);
  };
  return (
    <>
      {errors[field] ? <p className="text-sm text-red-700">{errors[field]}</p> : null}
      <ol className="space-y-3">
        {rows.map((row, i) => (
          <li key={row.id} className="flex items-end gap-2">
            <TextInput
              className="min-w-0 flex-1"
              path={`${field}.${i}`}
              label={`${noun} ${i + 1}`}
              value={row.text}
              onValue={(text) => set(replaceRow(rows, row.id, (r) => ({ ...r, text })))}
              error={errors[`${field}.${i}`]}
            />
            {reorder ? (
              <>
                <Button type="button" variant="ghost" size="sm" disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={`Move ${noun.toLowerCase()} ${i + 1} up`}>
                  ↑
                </Button>
                <Button type="button" variant="ghost" size="sm" disabled={i === rows.length - 1} onClick={() => move(i, i + 1)} aria-label={`Move ${noun.toLowerCase()} ${i + 1} down`}>
                  ↓
                </Button>
              </>
            ) : null}
            <Button type="button" variant="ghost" size="sm" disabled={rows.length <= min} onClick={() => set(rows.filter((r) => r.id !== row.id))} aria-label={`Remove ${noun.toLowerCase()} ${i + 1}`}>
              Remove
            </Button>
          </li>
        ))}
      </ol>
      <Button type="button" variant="secondary" size="sm" disabled={rows.length >= max} onClick={() => set([...rows, { id: newId(), text: "" }])}>
        Add {noun.toLowerCase()}
      </Button>
    </>
  );
}
