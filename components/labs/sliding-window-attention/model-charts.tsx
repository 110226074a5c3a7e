"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { LabChartFigure } from "@/components/labs/lab-chart-figure";
import type { PerplexityRow } from "@/lib/topics/sliding-window-attention/model-lab/lab";

const BRAND = "var(--chart-brand)";
const AMBER = "#d97706";

/** Perplexity per window, widest first, for the base model masked and the checkpoints fine-tuned per window. */
export function PerplexityChart({ rows, predictions }: { rows: PerplexityRow[]; predictions: number }) {
  const points = rows.map((r) => ({ window: r.window === null ? "full" : String(r.window), masked: r.masked, fineTuned: r.fineTuned }));
  return (
    <LabChartFigure
      label="Held-out perplexity against the attention window"
      caption={`Held-out perplexity (${predictions.toLocaleString("en-US")} predictions) as the window narrows: the base model with the window's mask and no retraining (amber), and the checkpoint fine-tuned under that window (purple). Lower is better.`}
    >
      <LineChart data={points} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" />
        <XAxis dataKey="window" tick={{ fontSize: 11 }} />
        <YAxis domain={["auto", "auto"]} tick={{ fontSize: 11 }} width={40} tickFormatter={(v: number) => v.toFixed(1)} />
        <Tooltip formatter={(v: unknown) => (typeof v === "number" ? v.toFixed(2) : String(v))} labelFormatter={(v) => `window ${String(v)}`} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Line dataKey="masked" name="base, masked" stroke={AMBER} isAnimationActive={false} connectNulls={false} />
        <Line dataKey="fineTuned" name="fine-tuned for the window" stroke={BRAND} isAnimationActive={false} connectNulls={false} />
      </LineChart>
    </LabChartFigure>
  );
}
