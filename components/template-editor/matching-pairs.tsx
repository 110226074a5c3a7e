import { Button } from "@/components/ui/button";
import { TextInput, replaceRow, type SectionProps } from "./editor-fields";

/** A matching template's pairs (prompt → answer) and its extra wrong answers. */
export function MatchingPairs({ draft, update, errors, newId }: SectionProps) {
  return (
    <div className="space-y-4">
      {errors.pairs ? <p className="text-sm text-red-700">{errors.pairs}</p> : null}
      <ol className="space-y-3">
        {draft.pairs.map((pair, i) => (
          <li key={pair.id} className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
            <TextInput
              path={`pairs.${i}.prompt`}
              label={`Prompt ${i + 1}`}
              value={pair.prompt}
              onValue={(prompt) => update((d) => ({ ...d, pairs: replaceRow(d.pairs, pair.id, (p) => ({ ...p, prompt })) }))}
              error={errors[`pairs.${i}.prompt`]}
            />
            <TextInput
              path={`pairs.${i}.answer`}
              label={`Answer ${i + 1}`}
              value={pair.answer}
              onValue={(answer) => update((d) => ({ ...d, pairs: replaceRow(d.pairs, pair.id, (p) => ({ ...p, answer })) }))}
              error={errors[`pairs.${i}.answer`]}
            />
            <Button
              type="button"
              variant="ghost"
              size="sm"
              disabled={draft.pairs.length <= 2}
              onClick={() => update((d) => ({ ...d, pairs: d.pairs.filter((p) => p.id !== pair.id) }))}
              aria-label={`Remove pair ${i + 1}`}
            >
              Remove
            </Button>
          </li>
        ))}
      </ol>
      <Button
        type="button"
        variant="secondary"
        size="sm"
        disabled={draft.pairs.length >= 10}
        onClick={() => update((d) => ({ ...d, pairs: [...d.pairs, { id: newId(), prompt: "", answer: "" }] }))}
      >
        Add pair
      </Button>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Extra wrong answers (optional, up to 6)</legend>
        {errors.distractors ? <p className="text-sm text-red-700">{errors.distractors}</p> : null}
        {draft.matchDistractors.map((row, i) => (
          <div key={row.id} className="flex items-end gap-2">
            <TextInput
              className="min-w-0 flex-1"
              path={`distractors.${i}`}
              label={`Wrong answer ${i + 1}`}
              value={row.text}
              onValue={(text) => update((d) => ({ ...d, matchDistractors: replaceRow(d.matchDistractors, row.id, (r) => ({ ...r, text })) }))}
              error={errors[`distractors.${i}`]}
            />
            <Button
              type="button"
              variant="ghost"
              size="sm"
              onClick={() => update((d) => ({ ...d, matchDistractors: d.matchDistractors.filter((r) => r.id !== row.id) }))}
              aria-label={`Remove wrong answer ${i + 1}`}
            >
              Remove
            </Button>
          </div>
        ))}
        <Button
          type="button"
          variant="secondary"
          size="sm"
          disabled={draft.matchDistractors.length >= 6}
          onClick={() => update((d) => ({ ...d, matchDistractors: [...d.matchDistractors, { id: newId(), text: "" }] }))}
        >
          Add wrong answer
        </Button>
      </fieldset>
    </div>
  );
}
