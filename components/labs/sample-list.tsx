/** Texts a model wrote, one per model or method: the opening it was given greyed, then what it wrote. */
export function SampleList({ label, items }: { label: string; items: readonly { key: string; name: string; opening: string; text: string }[] }) {
  return (
    <ul aria-label={label} className="mt-2 space-y-2 text-sm">
      {items.map((s) => (
        <li key={s.key} className="rounded-md border border-slate-200 p-2">
          <span className="text-xs font-medium text-slate-600">{s.name}</span>
          <p className="font-mono break-words whitespace-pre-wrap">
            <span className="text-slate-500">{s.opening}</span>
            {s.text}
          </p>
        </li>
      ))}
    </ul>
  );
}
