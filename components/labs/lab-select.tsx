import { LabField, labInputClass } from "./lab-field";

/** A lab setting chosen from a short menu: its label, the options, and the value as a number or text. */
export function LabSelect<V extends string | number>({ id, label, value, options, onChange }: { id: string; label: string; value: V; options: readonly { value: V; label: string }[]; onChange: (value: V) => void }) {
  return (
    <LabField id={id} label={label}>
      <select
        id={id}
        value={String(value)}
        onChange={(e) => onChange(options.find((o) => String(o.value) === e.target.value)!.value)}
        className={labInputClass}
      >
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </LabField>
  );
}

/** Numbers as menu options, shown with thousands separators. */
export const numberOptions = (values: readonly number[]) => values.map((v) => ({ value: v, label: v.toLocaleString("en-US") }));
