"use client";

import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";

/**
 * A large matrix (an attention map of 128 × 128 is 16,384 cells) drawn one pixel per cell on a
 * canvas and scaled up without smoothing. NaN cells are masked and drawn in the track colour.
 * Hovering or moving with the arrow keys (once focused) names the cell under the cursor.
 */
export function CanvasHeatmap({
  values,
  rows,
  cols,
  label,
  describeCell,
  max,
}: {
  values: ArrayLike<number>;
  rows: number;
  cols: number;
  label: string;
  /** What the readout says for a cell, e.g. “query 12 ‘a’ → key 9 ‘t’: 0.41”. */
  describeCell: (row: number, col: number, value: number) => string;
  /** The value drawn at full colour; defaults to the largest finite value. */
  max?: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [cell, setCell] = useState<{ row: number; col: number } | null>(null);

  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext("2d");
    if (!c || !ctx) return;
    const style = getComputedStyle(c);
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const [r, g, b] = rgb(style.getPropertyValue("--chart-brand").trim() || "#4f46e5");
    const trackRgb = rgb(style.getPropertyValue("--chart-track").trim() || "#f1f5f9");
    let top = max ?? 0;
    if (max === undefined) for (let i = 0; i < rows * cols; i++) if (Number.isFinite(values[i]!)) top = Math.max(top, values[i]!);
    const image = ctx.createImageData(cols, rows);
    for (let i = 0; i < rows * cols; i++) {
      const v = values[i]!;
      const o = 4 * i;
      if (!Number.isFinite(v)) {
        image.data.set([trackRgb[0]!, trackRgb[1]!, trackRgb[2]!, 255], o);
        continue;
      }
      // The brand colour over white (or the dark page), with opacity growing with the value.
      const t = top > 0 ? Math.min(1, Math.max(0, v / top)) : 0;
      image.data.set([r!, g!, b!, Math.round(255 * (0.04 + 0.96 * Math.sqrt(t)))], o);
    }
    ctx.clearRect(0, 0, cols, rows);
    ctx.putImageData(image, 0, 0);
  }, [values, rows, cols, max]);

  function pick(event: MouseEvent<HTMLCanvasElement>) {
    const box = event.currentTarget.getBoundingClientRect();
    const col = Math.floor(((event.clientX - box.left) / box.width) * cols);
    const row = Math.floor(((event.clientY - box.top) / box.height) * rows);
    if (row >= 0 && row < rows && col >= 0 && col < cols) setCell({ row, col });
  }

  function move(event: KeyboardEvent<HTMLElement>) {
    const step: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const d = step[event.key];
    if (!d) return;
    event.preventDefault();
    setCell((c) => {
      const at = c ?? { row: rows - 1, col: cols - 1 };
      return { row: Math.min(rows - 1, Math.max(0, at.row + d[0])), col: Math.min(cols - 1, Math.max(0, at.col + d[1])) };
    });
  }

  const readout = cell ? describeCell(cell.row, cell.col, values[cell.row * cols + cell.col]!) : "Point at a cell, or focus the map and use the arrow keys, to read it.";
  return (
    <figure className="min-w-0" aria-label={label} tabIndex={0} onKeyDown={move} onFocus={() => setCell((c) => c ?? { row: rows - 1, col: cols - 1 })}>
      <canvas
        ref={canvas}
        width={cols}
        height={rows}
        role="img"
        aria-label={label}
        onMouseMove={pick}
        className="aspect-square w-full max-w-md rounded border border-slate-200 [image-rendering:pixelated]"
      />
      <p className="mt-1 min-h-8 text-xs text-slate-700" aria-live="polite">
        {readout}
      </p>
      <figcaption className="text-xs text-slate-500">{label}</figcaption>
    </figure>
  );
}
