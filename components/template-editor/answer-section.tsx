import { Button } from "@/components/ui/button";
import type { ComputeDescription } from "@/lib/compute/types";
import { MISCONCEPTIONS, MISCONCEPTION_IDS, type MisconceptionId } from "@/lib/questions/misconceptions";
import { AnswerFields } from "./answer-fields";
import { EditorSection, SelectInput, TextInput, fieldId, replaceRow, type SectionProps } from "./editor-fields";
import { type DistractorDraft } from "./template-draft";
import { FORMULA_FN } from "@/lib/compute/formula-parse";
import { StaticChoices } from "./static-choices";

const DISPLAY_UNITS: Record<ComputeDescription["outputUnit"], string[]> = {
  B: ["B", "KiB", "MiB", "GiB", "TiB", "KB", "MB", "GB", "TB", "b"],
  b: ["b", "B", "KiB", "MiB", "GiB", "KB", "MB", "GB"],
  rad: ["rad", "deg"],
  "": ["%", "thousand", "million", "billion"],
};

/** A formula's result unit as the lists above know it (the server checks it for real when saving). */
function formulaOutputUnit(unit: string | undefined): ComputeDescription["outputUnit"] {
  const written = unit?.trim() ?? "";
  if (DISPLAY_UNITS.rad.includes(written)) return "rad";
  return DISPLAY_UNITS.B.includes(written) || /^(?:[KMGTkmgt]i?)?B$/.test(written) ? "B" : "";
}

/** The unit an absolute tolerance is written in: the formula's output unit. */
const ABSOLUTE_UNIT: Record<ComputeDescription["outputUnit"], string> = { B: "bytes", b: "bits", rad: "radians", "": "plain number" };
const ABSOLUTE_EXAMPLE: Record<ComputeDescription["outputUnit"], string> = {
  B: "1e6 accepts ±1 MB",
  b: "0.005 accepts ±0.005 bits",
  rad: "0.01 accepts ±0.01 rad",
  "": "0.001 accepts ±0.001 (a fraction shown as % counts in fractions)",
};

type AnswerProps = SectionProps & { functions: readonly ComputeDescription[]; options: readonly string[]; parameterNames: readonly string[] };

/** Numeric and multiple-choice answers: the formula, how the result is shown, and (numeric) the tolerance or (choices) the distractors. */
export function AnswerSection(props: AnswerProps) {
  const { draft, update, errors, functions, options, parameterNames } = props;
  const mc = draft.kind === "multiple_choice";
  const fn = functions.find((f) => f.name === draft.answer.fn);
  const outputUnit = draft.answer.fn === FORMULA_FN ? formulaOutputUnit(draft.answer.unit) : (fn?.outputUnit ?? "");
  const units = DISPLAY_UNITS[outputUnit];
  return (
    <EditorSection
      title="Answer"
      description={mc ? "The right choice is computed by a formula and the wrong ones by named mistakes, or all choices are fixed texts." : "Computed by a formula from the library, so every variant's answer is right by construction."}
    >
      {mc ? (
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">Choices</legend>
          <div className="mt-1 flex flex-wrap gap-4 text-sm">
            {(["computed", "static"] as const).map((mode) => (
              <label key={mode} className="flex items-center gap-2">
                <input type="radio" name="choice-mode" className="accent-brand-600" checked={draft.choiceMode === mode} onChange={() => update((d) => ({ ...d, choiceMode: mode }))} />
                {mode === "computed" ? "Computed: answer + distractors" : "Fixed texts"}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      {errors.template ? <p className="text-sm text-red-700">{errors.template}</p> : null}
      {mc && draft.choiceMode === "static" ? (
        <StaticChoices {...props} />
      ) : (
        <>
          <AnswerFields
            path="answer"
            label="Formula"
            answer={draft.answer}
            onChange={(answer) => update((d) => ({ ...d, answer }))}
            functions={functions}
            bindingOptions={options}
            parameterNames={parameterNames}
            errors={errors}
          />
          <div className="grid gap-3 sm:grid-cols-2">
            <TextInput
              path="display.unit"
              label="Display unit"
              value={draft.displayUnit}
              onValue={(displayUnit) => update((d) => ({ ...d, displayUnit }))}
              error={errors["display.unit"] ?? errors.display}
              list={fieldId("display.unit-options")}
              hint={`Empty for a plain number. Fits this formula: ${units.join(", ")}.`}
              spellCheck={false}
            />
            <datalist id={fieldId("display.unit-options")}>
              {units.map((u) => (
                <option key={u} value={u} />
              ))}
            </datalist>
            <TextInput
              path="display.digits"
              label="Significant digits"
              inputMode="numeric"
              value={draft.displayDigits}
              onValue={(displayDigits) => update((d) => ({ ...d, displayDigits }))}
              error={errors["display.digits"]}
              hint="1–12; whole-number counts are shown exactly."
            />
          </div>
          {draft.kind === "numeric" ? (
            <div className="grid gap-3 sm:grid-cols-2">
              <TextInput
                path="tolerance.relative"
                label="Relative tolerance (%)"
                inputMode="decimal"
                value={draft.tolerancePercent}
                onValue={(tolerancePercent) => update((d) => ({ ...d, tolerancePercent }))}
                error={errors["tolerance.relative"] ?? errors.tolerance}
                hint="Up to 50 %. Leave both empty for the default: ±0.5 for whole-number counts, else 1 %."
              />
              <TextInput
                path="tolerance.absolute"
                label={`Absolute tolerance (${ABSOLUTE_UNIT[outputUnit]})`}
                inputMode="decimal"
                value={draft.toleranceAbsolute}
                onValue={(toleranceAbsolute) => update((d) => ({ ...d, toleranceAbsolute }))}
                error={errors["tolerance.absolute"]}
                hint={`In the formula's own unit, whatever the display unit: ${ABSOLUTE_EXAMPLE[outputUnit]}.`}
              />
              <TextInput
                path="unitPenalty"
                label="Unit penalty (%)"
                inputMode="decimal"
                value={draft.unitPenaltyPercent}
                onValue={(unitPenaltyPercent) => update((d) => ({ ...d, unitPenaltyPercent }))}
                error={errors.unitPenalty}
                hint="Empty: a bare number is read in the display unit. Set (e.g. 25): the unit must be written, and a right number without it loses this share of the marks."
              />
            </div>
          ) : (
            <Distractors {...props} />
          )}
        </>
      )}
    </EditorSection>
  );
}

function Distractors({ draft, update, errors, newId, functions, options, parameterNames }: AnswerProps) {
  const change = (id: string, patch: Partial<DistractorDraft>) => update((d) => ({ ...d, distractors: replaceRow(d.distractors, id, (x) => ({ ...x, ...patch })) }));
  const add = () =>
    update((d) => ({ ...d, distractors: [...d.distractors, { id: newId(), misconception: "", mode: "scale", scale: "", answer: { ...d.answer, inputs: { ...d.answer.inputs } } }] }));
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-800">Distractors (at least 2)</legend>
      <p className="text-sm text-slate-600">Each wrong choice comes from a named mistake, shown as feedback when picked: the right value scaled, or another computation.</p>
      {errors.distractors ? <p className="text-sm text-red-700">{errors.distractors}</p> : null}
      {draft.distractors.map((x, i) => {
        const path = `distractors.${i}`;
        return (
          <fieldset key={x.id} className="space-y-3 rounded-md border border-slate-200 p-4">
            <legend className="px-1 text-sm font-medium text-slate-700">Distractor {i + 1}</legend>
            <SelectInput
              path={`${path}.misconception`}
              label="Misconception"
              value={x.misconception}
              onValue={(m) => change(x.id, { misconception: m as MisconceptionId })}
              error={errors[`${path}.misconception`]}
              hint={x.misconception ? MISCONCEPTIONS[x.misconception] : undefined}
            >
              <option value="">Choose the mistake…</option>
              {MISCONCEPTION_IDS.map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </SelectInput>
            <div className="flex flex-wrap gap-4 text-sm" role="radiogroup" aria-label={`How distractor ${i + 1} is computed`}>
              {(["scale", "answer"] as const).map((mode) => (
                <label key={mode} className="flex items-center gap-2">
                  <input type="radio" name={`${x.id}-mode`} className="accent-brand-600" checked={x.mode === mode} onChange={() => change(x.id, { mode })} />
                  {mode === "scale" ? "Scale the right answer" : "Another computation"}
                </label>
              ))}
            </div>
            {errors[path] ? <p className="text-sm text-red-700">{errors[path]}</p> : null}
            {x.mode === "scale" ? (
              <TextInput
                path={`${path}.scale`}
                label="Factor"
                inputMode="decimal"
                value={x.scale}
                onValue={(scale) => change(x.id, { scale })}
                error={errors[`${path}.scale`]}
                hint="The right value times this, e.g. 0.5 when the K/V factor 2 is forgotten."
              />
            ) : (
              <AnswerFields
                path={`${path}.answer`}
                label={`Formula for distractor ${i + 1}`}
                answer={x.answer}
                onChange={(answer) => change(x.id, { answer })}
                functions={functions}
                bindingOptions={options}
                parameterNames={parameterNames}
                errors={errors}
              />
            )}
            <div className="flex justify-end">
              <Button type="button" variant="ghost" size="sm" onClick={() => update((d) => ({ ...d, distractors: d.distractors.filter((y) => y.id !== x.id) }))}>
                Remove distractor {i + 1}
              </Button>
            </div>
          </fieldset>
        );
      })}
      <Button type="button" variant="secondary" size="sm" onClick={add}>
        Add distractor
      </Button>
    </fieldset>
  );
}
