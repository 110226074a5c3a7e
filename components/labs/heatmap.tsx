"use client";

/**
 * A matrix as a grid of coloured cells (SVG), e.g. attention scores or a mask.
 * `values` is row-major; colours run from white (min) to the brand colour (max).
 */
export function Heatmap({
  values,
  rows,
  cols,
  label,
  rowLabels,
  colLabels,
  min,
  max,
  cellSize = 18,
}: {
  values: ArrayLike<number>;
  rows: number;
  cols: number;
  label: string;
  rowLabels?: string[];
  colLabels?: string[];
  min?: number;
  max?: number;
  cellSize?: number;
}) {
  let lo = min ?? Infinity;
  let hi = max ?? -Infinity;
  if (min === undefined || max === undefined) {
    for (let i = 0; i < rows * cols; i++) {
      const v = values[i]!;
      if (Number.isFinite(v)) {
        if (min === undefined) lo = Math.min(lo, v);
        if (max === undefined) hi = Math.max(hi, v);
      }
    }
  }
  const span = hi - lo || 1;
  const pad = rowLabels ? 56 : 0;
  const top = colLabels ? 56 : 0;
  return (
    <figure role="region" aria-label={label} tabIndex={0} className="overflow-x-auto">
      <svg role="img" aria-label={label} width={pad + cols * cellSize} height={top + rows * cellSize} className="max-w-none">
        {colLabels?.map((t, c) => (
          <text key={`c${c}`} x={pad + c * cellSize + cellSize / 2} y={top - 4} fontSize={10} textAnchor="start" transform={`rotate(-60 ${pad + c * cellSize + cellSize / 2} ${top - 4})`} className="fill-slate-500">
            {t}
          </text>
        ))}
        {rowLabels?.map((t, r) => (
          <text key={`r${r}`} x={pad - 4} y={top + r * cellSize + cellSize * 0.7} fontSize={10} textAnchor="end" className="fill-slate-500">
            {t}
          </text>
        ))}
        {Array.from({ length: rows * cols }, (_, i) => {
          const v = values[i]!;
          const t = Number.isFinite(v) ? (v - lo) / span : 0;
          const r = Math.floor(i / cols);
          const c = i % cols;
          return (
            <rect
              key={i}
              x={pad + c * cellSize}
              y={top + r * cellSize}
              width={cellSize - 1}
              height={cellSize - 1}
              fill={Number.isFinite(v) ? `rgba(79, 70, 229, ${0.06 + 0.94 * t})` : "var(--chart-track)"}
            >
              <title>{`row ${r}, col ${c}: ${Number.isFinite(v) ? v.toPrecision(3) : "masked"}`}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption className="mt-1 text-xs text-slate-500">{label}</figcaption>
    </figure>
  );
}
