/**
 * Labelled inputs for GET filter forms (templates, cards, template picker): small labels,
 * compact controls, the "All"/"Any" choice first. The filters live in the URL, so results can be
 * linked and paged.
 */
const controlClass = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
const labelClass = "block text-xs font-medium text-slate-600";

export type FilterOption = { value: string; label: string };

export function FilterSelect({
  id,
  name,
  label,
  value,
  options,
  emptyLabel,
  className,
}: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  options: readonly FilterOption[];
  /** The "no filter" choice ("All", "Any"); omit when a value is required. */
  emptyLabel?: string;
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={controlClass}>
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FilterSearch({ id, name, label, value, placeholder, className }: { id: string; name: string; label: string; value: string | undefined; placeholder?: string; className?: string }) {
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input id={id} name={name} type="search" defaultValue={value} className={controlClass} placeholder={placeholder} />
    </div>
  );
}
