import type { ReactNode } from "react";
import { formatCount } from "@/lib/format/display";

/** A chart with its accessible name, a caption, and the same numbers as a table behind a toggle. */
export function ChartFigure({ label, caption, table, children }: { label: string; caption?: ReactNode; table: ReactNode; children: ReactNode }) {
  return (
    <figure aria-label={label} className="min-w-0">
      {children}
      {caption ? <figcaption className="mt-2 text-xs text-slate-500">{caption}</figcaption> : null}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-slate-600">Show as table</summary>
        <div className="mt-2">{table}</div>
      </details>
    </figure>
  );
}

/** A small two-or-more-column table; the first column heads each row. */
export function StatsTable({ caption, columns, rows }: { caption: string; columns: string[]; rows: (string | number)[][] }) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="max-w-full overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 text-xs text-slate-600">
          <tr>
            {columns.map((c, i) => (
              <th key={c} scope="col" className={`py-1 pr-3 font-medium ${i > 0 ? "text-right" : ""}`}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="tabular-nums">
          {rows.map((row) => (
            <tr key={String(row[0])} className="border-b border-slate-100 last:border-0">
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className="py-1 pr-3 font-normal text-slate-700">
                    {cell}
                  </th>
                ) : (
                  <td key={i} className="py-1 pr-3 text-right">
                    {typeof cell === "number" ? formatCount(cell) : cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A headline number with its label. */
export function StatTile({ label, value, detail }: { label: string; value: ReactNode; detail?: ReactNode }) {
  return (
    <div className="rounded-md bg-slate-50 px-3 py-2">
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="text-xl font-semibold tabular-nums text-slate-900">{value}</dd>
      {detail ? <dd className="text-xs text-slate-500">{detail}</dd> : null}
    </div>
  );
}
