"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { AttentionSnapshot } from "@/lib/topics/sliding-window-attention/lab/lab";
import { LabChartFigure } from "@/components/labs/lab-chart-figure";

const BRAND = "var(--chart-brand)";
const AMBER = "#d97706";
const TEAL = "#0d9488";
const SLATE = "var(--chart-muted)";

const compact = (v: number) => (v >= 1e6 ? `${(v / 1e6).toPrecision(3)}M` : v >= 1e3 ? `${(v / 1e3).toPrecision(3)}k` : String(v));
const tooltipValue = (v: unknown) => (typeof v === "number" ? v.toLocaleString("en-US") : String(v));

/** Scores per head per layer against n, log–log, so n² and n·w show as lines of slope 2 and 1. */
export function CostChart({ data }: { data: AttentionSnapshot }) {
  const cost = data.cost ?? [];
  const global = data.mode === "window-global";
  return (
    <LabChartFigure
      label="Number of attention scores against sequence length for full, causal and windowed attention"
      caption={`Scores per head per layer for n = 16 … 4096 (log–log): full n² (grey), causal n(n+1)/2 (amber), causal window w = ${data.window} (purple)${global ? `, window plus ${data.globalTokens} sink token(s) (teal)` : ""}. The quadratic curves keep a slope of 2; the window grows linearly once n > w.`}
    >
      <LineChart data={cost} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" />
        <XAxis dataKey="n" scale="log" type="number" domain={[16, 4096]} ticks={[16, 64, 256, 1024, 4096]} tick={{ fontSize: 11 }} />
        <YAxis scale="log" domain={["auto", "auto"]} tick={{ fontSize: 11 }} width={48} tickFormatter={compact} />
        <Tooltip formatter={tooltipValue} labelFormatter={(v) => `n = ${String(v)}`} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Line dataKey="full" name="full" stroke={SLATE} dot={false} isAnimationActive={false} />
        <Line dataKey="causal" name="causal" stroke={AMBER} dot={false} isAnimationActive={false} />
        <Line dataKey="window" name={`window ${data.window}`} stroke={BRAND} dot={false} isAnimationActive={false} />
        {global ? <Line dataKey="windowGlobal" name="window + sinks" stroke={TEAL} dot={false} strokeDasharray="4 3" isAnimationActive={false} /> : null}
      </LineChart>
    </LabChartFigure>
  );
}

/** Loss and accuracy of the previous-token objective while the head trains. */
export function TrainingChart({ data }: { data: AttentionSnapshot }) {
  return (
    <LabChartFigure
      label="Training loss and previous-token accuracy against step"
      caption="Mean −log A[i, i−1] (purple, left axis) and the share of queries whose largest weight is on the previous token (amber, right axis)."
    >
      <LineChart data={data.training} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" />
        <XAxis dataKey="step" type="number" domain={[0, data.trainSteps]} tick={{ fontSize: 11 }} />
        <YAxis yAxisId="loss" tick={{ fontSize: 11 }} width={40} tickFormatter={(v: number) => v.toFixed(1)} />
        <YAxis yAxisId="acc" orientation="right" domain={[0, 1]} tick={{ fontSize: 11 }} width={36} tickFormatter={(v: number) => `${Math.round(v * 100)}%`} />
        <Tooltip formatter={(v: unknown) => (typeof v === "number" ? v.toFixed(3) : String(v))} labelFormatter={(v) => `step ${String(v)}`} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Line yAxisId="loss" dataKey="loss" name="loss" stroke={BRAND} dot={false} isAnimationActive={false} />
        <Line yAxisId="acc" dataKey="accuracy" name="accuracy" stroke={AMBER} dot={false} isAnimationActive={false} />
      </LineChart>
    </LabChartFigure>
  );
}
