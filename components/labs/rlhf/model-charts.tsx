"use client";

import { memo } from "react";
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { LabChartFigure } from "@/components/labs/lab-chart-figure";
import type { RlhfModelSnapshot } from "@/lib/topics/rlhf/model-lab/lab";

const COLOURS = ["var(--chart-brand)", "#dc2626", "#0d9488"];
type Metric = "reward" | "rule" | "words" | "kl";

/** Which points exist: the charts only change when a run adds an evaluation, not at every step. */
const pointsKey = (d: RlhfModelSnapshot) => `${d.ppo.map((r) => `${r.beta}:${r.points.length}`).join(",")}|${d.dpo?.points.length ?? 0}|${d.settings.steps}`;

/** One metric over training for PPO at each β and for DPO (which has no reward-model score). */
export const PolicyChart = memo(PolicyChartView, (a, b) => a.metric === b.metric && pointsKey(a.data) === pointsKey(b.data));

function PolicyChartView({ data, metric, label, caption }: { data: RlhfModelSnapshot; metric: Metric; label: string; caption: string }) {
  const series = [
    ...data.ppo.map((r) => ({ key: `ppo-${r.beta}`, name: `PPO β = ${r.beta}`, points: r.points.map((p) => ({ step: p.step, value: p[metric] })) })),
    ...(data.dpo && metric !== "reward" ? [{ key: "dpo", name: "DPO", points: data.dpo.points.map((p) => ({ step: p.step, value: p[metric] })) }] : []),
  ];
  const steps = [...new Set(series.flatMap((s) => s.points.map((p) => p.step)))].sort((a, b) => a - b);
  const rows = steps.map((step) => Object.fromEntries([["step", step], ...series.map((s) => [s.key, s.points.find((p) => p.step === step)?.value ?? null])]));
  return (
    <LabChartFigure label={label} caption={caption} height={200}>
      <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" />
        <XAxis dataKey="step" type="number" domain={[0, data.settings.steps]} tick={{ fontSize: 11 }} />
        <YAxis domain={["auto", "auto"]} tick={{ fontSize: 11 }} width={40} tickFormatter={(v: number) => (metric === "rule" || metric === "words" ? `${Math.round(v * 100)}%` : v.toFixed(1))} />
        <Tooltip formatter={(v: unknown) => (typeof v === "number" ? v.toFixed(3) : String(v))} labelFormatter={(v) => `step ${String(v)}`} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {series.map((s, i) => (
          <Line key={s.key} dataKey={s.key} name={s.name} stroke={COLOURS[i % COLOURS.length]} isAnimationActive={false} connectNulls />
        ))}
      </LineChart>
    </LabChartFigure>
  );
}
