import { Button } from "@/components/ui/button";
import { MODEL_PRESETS, PRESET_FIELDS } from "@/lib/questions/presets";
import { BindingInput } from "./binding-input";
import { FieldNotes } from "@/components/ui/field-notes";
import { EditorSection, SelectInput, TextInput, fieldId, replaceRow, type SectionProps } from "./editor-fields";
import { emptyBinding, type ConstraintDraft, type ParameterDraft } from "./template-draft";

const PARAMETER_KINDS: { value: ParameterDraft["kind"]; label: string }[] = [
  { value: "int", label: "Whole numbers (range)" },
  { value: "float", label: "Decimals (range)" },
  { value: "choice", label: "List of values" },
  { value: "preset", label: "Real model (preset)" },
];
const OPS: ConstraintDraft["op"][] = ["<", "<=", ">", ">=", "!="];

/** The values each variant draws: ranges, value lists or real-model presets. */
export function ParametersSection({ draft, update, errors, newId }: SectionProps) {
  const change = (id: string, patch: Partial<ParameterDraft>) => update((d) => ({ ...d, parameters: replaceRow(d.parameters, id, (p) => ({ ...p, ...patch })) }));
  const add = () =>
    update((d) => ({
      ...d,
      parameters: [...d.parameters, { id: newId(), kind: "int", name: "", label: "", min: "", max: "", step: "1", values: "", dataset: "", presets: [] }],
    }));
  return (
    <EditorSection
      title="Parameters"
      description={
        <>
          Each variant draws one value per parameter. Use <code>{"{name}"}</code> in the prompt; a preset parameter <code>model</code> gives{" "}
          <code>{"{model}"}</code> (its name) and <code>{"{model.field}"}</code> for {PRESET_FIELDS.join(", ")}.
        </>
      }
      actions={
        <Button type="button" variant="secondary" size="sm" onClick={add}>
          Add parameter
        </Button>
      }
    >
      {draft.parameters.length === 0 ? <p className="text-sm text-slate-500">No parameters: every variant is the same question.</p> : null}
      {errors.parameters ? <p className="text-sm text-red-700">{errors.parameters}</p> : null}
      {draft.parameters.map((p, i) => {
        const path = `parameters.${i}`;
        return (
          <fieldset key={p.id} className="rounded-md border border-slate-200 p-4">
            <legend className="px-1 text-sm font-medium text-slate-700">Parameter {i + 1}</legend>
            <div className="grid gap-3 sm:grid-cols-3">
              <TextInput path={`${path}.name`} label="Name" value={p.name} onValue={(name) => change(p.id, { name })} error={errors[`${path}.name`]} spellCheck={false} />
              <SelectInput
                path={`${path}.kind`}
                label="Type"
                value={p.kind}
                onValue={(kind) => change(p.id, { kind: kind as ParameterDraft["kind"] })}
                error={errors[`${path}.kind`]}
              >
                {PARAMETER_KINDS.map((k) => (
                  <option key={k.value} value={k.value}>
                    {k.label}
                  </option>
                ))}
              </SelectInput>
              <TextInput path={`${path}.label`} label="Label (optional)" value={p.label} onValue={(label) => change(p.id, { label })} error={errors[`${path}.label`]} />
            </div>
            {p.kind === "int" || p.kind === "float" ? (
              <div className="mt-3 grid gap-3 sm:grid-cols-3">
                {(["min", "max", "step"] as const).map((f) => (
                  <TextInput
                    key={f}
                    path={`${path}.${f}`}
                    label={f === "min" ? "Min" : f === "max" ? "Max" : "Step"}
                    inputMode="decimal"
                    value={p[f]}
                    onValue={(v) => change(p.id, { [f]: v })}
                    error={errors[`${path}.${f}`]}
                    hint={f === "step" && p.kind === "int" ? "Default 1." : undefined}
                  />
                ))}
              </div>
            ) : null}
            {p.kind === "choice" ? (
              <div className="mt-3 grid gap-3 sm:grid-cols-[2fr_1fr]">
                <TextInput
                  path={`${path}.values`}
                  label="Values"
                  value={p.values}
                  onValue={(values) => change(p.id, { values })}
                  error={errors[`${path}.values`] ?? Object.entries(errors).find(([k]) => k.startsWith(`${path}.values.`))?.[1]}
                  hint="Separated by commas or spaces: 1024, 2048, 4096."
                  spellCheck={false}
                />
                <TextInput
                  path={`${path}.dataset`}
                  label="Dataset (optional)"
                  value={p.dataset}
                  onValue={(dataset) => change(p.id, { dataset })}
                  error={errors[`${path}.dataset`]}
                  hint="Lists with the same dataset name are drawn together: the k-th value of each."
                  spellCheck={false}
                />
              </div>
            ) : null}
            {p.kind === "preset" ? <PresetChoice path={`${path}.presets`} selected={p.presets} error={errors[`${path}.presets`]} onChange={(presets) => change(p.id, { presets })} /> : null}
            <div className="mt-3 flex justify-end">
              <Button type="button" variant="ghost" size="sm" onClick={() => update((d) => ({ ...d, parameters: d.parameters.filter((x) => x.id !== p.id) }))}>
                Remove parameter {p.name || i + 1}
              </Button>
            </div>
          </fieldset>
        );
      })}
    </EditorSection>
  );
}

function PresetChoice({ path, selected, error, onChange }: { path: string; selected: string[]; error?: string; onChange: (presets: string[]) => void }) {
  const id = fieldId(path);
  return (
    <fieldset className="mt-3" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">Models to draw from</legend>
      <div className="mt-1 grid gap-1.5 sm:grid-cols-2">
        {MODEL_PRESETS.map((m) => (
          <label key={m.id} className="flex items-start gap-2 text-sm" title={m.source}>
            <input
              type="checkbox"
              className="mt-0.5 h-4 w-4 rounded border-slate-300 accent-brand-600"
              checked={selected.includes(m.id)}
              onChange={(e) => onChange(e.target.checked ? MODEL_PRESETS.map((x) => x.id).filter((x) => x === m.id || selected.includes(x)) : selected.filter((x) => x !== m.id))}
            />
            <span>
              {m.label} <code className="text-xs text-slate-500">{m.id}</code>
            </span>
          </label>
        ))}
      </div>
      <FieldNotes id={id} error={error} />
    </fieldset>
  );
}

/** Conditions every draw must meet (w < n): draws that break one are skipped. */
export function ConstraintsSection({ draft, update, errors, newId, options }: SectionProps & { options: readonly string[] }) {
  const change = (id: string, patch: Partial<ConstraintDraft>) => update((d) => ({ ...d, constraints: replaceRow(d.constraints, id, (c) => ({ ...c, ...patch })) }));
  return (
    <EditorSection
      title="Constraints"
      description="Conditions every draw must meet, e.g. the window smaller than the sequence. Draws that break one are skipped."
      actions={
        <Button
          type="button"
          variant="secondary"
          size="sm"
          onClick={() => update((d) => ({ ...d, constraints: [...d.constraints, { id: newId(), left: emptyBinding(), op: "<", right: emptyBinding() }] }))}
        >
          Add constraint
        </Button>
      }
    >
      {draft.constraints.length === 0 ? <p className="text-sm text-slate-500">No constraints.</p> : null}
      {draft.constraints.map((c, i) => {
        const path = `constraints.${i}`;
        return (
          <fieldset key={c.id} className="grid items-start gap-3 rounded-md border border-slate-200 p-4 sm:grid-cols-[1fr_6rem_1fr]">
            <legend className="px-1 text-sm font-medium text-slate-700">Constraint {i + 1}</legend>
            <BindingInput path={`${path}.left`} label="Left" binding={c.left} options={options} error={errors[`${path}.left`]} onChange={(left) => change(c.id, { left })} />
            <SelectInput path={`${path}.op`} label="Operator" value={c.op} onValue={(op) => change(c.id, { op: op as ConstraintDraft["op"] })} error={errors[`${path}.op`]}>
              {OPS.map((op) => (
                <option key={op} value={op}>
                  {op}
                </option>
              ))}
            </SelectInput>
            <BindingInput path={`${path}.right`} label="Right" binding={c.right} options={options} error={errors[`${path}.right`]} onChange={(right) => change(c.id, { right })} />
            <div className="sm:col-span-3 flex justify-end">
              <Button type="button" variant="ghost" size="sm" onClick={() => update((d) => ({ ...d, constraints: d.constraints.filter((x) => x.id !== c.id) }))}>
                Remove constraint {i + 1}
              </Button>
            </div>
          </fieldset>
        );
      })}
    </EditorSection>
  );
}
