import { Button } from "@/components/ui/button";
import { TextInput, replaceRow, type SectionProps } from "./editor-fields";

/**
 * Fixed choices: exactly one correct (multiple choice, a radio per choice) or any number of
 * correct ones (multiple answers, a checkbox each). Wrong choices may carry feedback.
 */
export function StaticChoices({ draft, update, errors, newId, multiple = false }: SectionProps & { multiple?: boolean }) {
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-800">{multiple ? "Choices (tick every right one; at least one wrong)" : "Choices (exactly one correct)"}</legend>
      {errors.choices ? <p className="text-sm text-red-700">{errors.choices}</p> : null}
      {draft.choices.map((c, i) => {
        const path = `choices.${i}`;
        return (
          <fieldset key={c.id} className="space-y-3 rounded-md border border-slate-200 p-4">
            <legend className="px-1 text-sm font-medium text-slate-700">Choice {i + 1}</legend>
            <TextInput path={`${path}.text`} label="Text" value={c.text} onValue={(text) => update((d) => ({ ...d, choices: replaceRow(d.choices, c.id, (x) => ({ ...x, text })) }))} error={errors[`${path}.text`]} />
            <label className="flex items-center gap-2 text-sm">
              <input
                type={multiple ? "checkbox" : "radio"}
                name={multiple ? undefined : "correct-choice"}
                className="accent-brand-600"
                checked={c.correct}
                onChange={(e) =>
                  update((d) => ({
                    ...d,
                    choices: multiple ? replaceRow(d.choices, c.id, (x) => ({ ...x, correct: e.target.checked })) : d.choices.map((x) => ({ ...x, correct: x.id === c.id })),
                  }))
                }
              />
              {multiple ? "A right choice" : "The correct answer"}
            </label>
            {c.correct ? null : (
              <TextInput
                path={`${path}.feedback`}
                label={multiple ? "Feedback when ticked (optional)" : "Feedback when picked (optional)"}
                value={c.feedback}
                onValue={(feedback) => update((d) => ({ ...d, choices: replaceRow(d.choices, c.id, (x) => ({ ...x, feedback })) }))}
                error={errors[`${path}.feedback`]}
              />
            )}
            <div className="flex justify-end">
              <Button type="button" variant="ghost" size="sm" onClick={() => update((d) => ({ ...d, choices: d.choices.filter((x) => x.id !== c.id) }))}>
                Remove choice {i + 1}
              </Button>
            </div>
          </fieldset>
        );
      })}
      <Button type="button" variant="secondary" size="sm" onClick={() => update((d) => ({ ...d, choices: [...d.choices, { id: newId(), text: "", correct: false, feedback: "" }] }))}>
        Add choice
      </Button>
    </fieldset>
  );
}
