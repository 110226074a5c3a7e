import type { ComputeDescription, InputSpec } from "@/lib/compute/types";
import { TOPICS } from "@/lib/topics/topic-list";
import { BindingInput } from "./binding-input";
import { SelectInput, TextInput } from "./editor-fields";
import { FORMULA_FN, FORMULA_FUNCTIONS } from "@/lib/compute/formula-parse";

const FORMULA_FUNCTION_LIST = Object.keys(FORMULA_FUNCTIONS)
  .map((name) => `${name}()`)
  .join(", ");
import { rebindAnswer, type AnswerDraft } from "./template-draft";

/** "whole number ≥ 1", "> 0", "≤ 0": an input's allowed range as the registry states it. */
export function describeRange(spec: InputSpec): string {
  const parts = [spec.integer ? "whole number" : "number"];
  if (spec.min !== undefined) parts.push(`${spec.minExclusive ? ">" : "≥"} ${spec.min}`);
  if (spec.max !== undefined) parts.push(`≤ ${spec.max}`);
  return parts.join(" ");
}

const OUTPUT_UNITS: Record<ComputeDescription["outputUnit"], string> = { B: "bytes", b: "bits", rad: "radians", "": "a plain number" };

/**
 * A compute call: the function picked from the registry, then one row per input of that
 * function (its label, unit and range) bound to a parameter or a constant.
 */
export function AnswerFields({
  path,
  label,
  answer,
  onChange,
  functions,
  bindingOptions,
  parameterNames,
  errors,
}: {
  path: string;
  label: string;
  answer: AnswerDraft;
  onChange: (answer: AnswerDraft) => void;
  functions: readonly ComputeDescription[];
  bindingOptions: readonly string[];
  parameterNames: readonly string[];
  errors: Record<string, string>;
}) {
  const fn = functions.find((f) => f.name === answer.fn);
  const isFormula = answer.fn === FORMULA_FN;
  const unknown = answer.fn !== "" && !fn && !isFormula;
  return (
    <div className="space-y-3">
      <SelectInput
        path={`${path}.fn`}
        label={label}
        value={answer.fn}
        error={errors[`${path}.fn`]}
        onValue={(name) => {
          const next = functions.find((f) => f.name === name);
          onChange(rebindAnswer(answer, name, next ? Object.keys(next.inputs) : [], parameterNames));
        }}
      >
        <option value="">Choose a formula…</option>
        <option value={FORMULA_FN}>Your own formula (arithmetic over the parameters)</option>
        {unknown ? <option value={answer.fn}>{answer.fn} (not in the library)</option> : null}
        {TOPICS.map((topic) => (
          <optgroup key={topic.slug} label={topic.title}>
            {functions
              .filter((f) => f.topic === topic.slug)
              .map((f) => (
                <option key={f.name} value={f.name}>
                  {f.title} ({f.name})
                </option>
              ))}
          </optgroup>
        ))}
      </SelectInput>
      {isFormula ? (
        <div className="grid gap-3 sm:grid-cols-[3fr_1fr]">
          <TextInput
            path={`${path}.formula`}
            label="Your formula"
            value={answer.formula ?? ""}
            onValue={(formula) => onChange({ ...answer, formula })}
            error={errors[`${path}.formula`]}
            hint={
              <>
                Parameters in braces, e.g. <code>{"{a} * sqrt({b}) / 2"}</code>; + − * / % ** (or ^), comparisons (1 or 0), <code>test ? then : otherwise</code>,
                parentheses, and {FORMULA_FUNCTION_LIST}.
              </>
            }
            spellCheck={false}
            autoComplete="off"
          />
          <TextInput
            path={`${path}.unit`}
            label="Unit of the result (optional)"
            value={answer.unit ?? ""}
            onValue={(unit) => onChange({ ...answer, unit })}
            error={errors[`${path}.unit`]}
            hint="GB, MiB, deg, %… Empty: a plain number."
            spellCheck={false}
          />
        </div>
      ) : null}
      {fn ? (
        <div className="rounded-md bg-slate-50 p-3 text-sm text-slate-700">
          <p>{fn.description}</p>
          {fn.convention ? <p className="mt-1 text-slate-600">Convention: {fn.convention}</p> : null}
          <p className="mt-1 text-xs text-slate-500">
            Returns {fn.outputLabel}, in {OUTPUT_UNITS[fn.outputUnit]}
            {fn.outputUnit ? ` (${fn.outputUnit})` : ""}.{fn.source ? ` Source: ${fn.source}.` : ""}
          </p>
        </div>
      ) : null}
      {fn ? (
        <fieldset className="space-y-3">
          <legend className="text-sm font-medium text-slate-800">Inputs of {fn.name}</legend>
          {Object.entries(fn.inputs).map(([name, spec]) => (
            <BindingInput
              key={name}
              path={`${path}.inputs.${name}`}
              label={`${spec.label} (${name})`}
              hint={`${spec.unitLabel} · ${describeRange(spec)}`}
              binding={answer.inputs[name] ?? { ref: "", value: "" }}
              options={bindingOptions}
              error={errors[`${path}.inputs.${name}`] ?? errors[`${path}.inputs`]}
              onChange={(binding) => onChange({ ...answer, inputs: { ...answer.inputs, [name]: binding } })}
            />
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}
