"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { RopeSnapshot } from "@/lib/topics/rope/lab/lab";
import { formatNumber } from "@/lib/topics/rope/lab/format";
import { LabChartFigure } from "@/components/labs/lab-chart-figure";

const BRAND = "var(--chart-brand)";
const AMBER = "#d97706";
const SLATE = "var(--chart-muted)";

const tooltipValue = (v: unknown) => (typeof v === "number" ? formatNumber(v) : String(v));

/** q·k against the offset m − n: plain RoPE, with interpolation, and q against itself. */
export function OffsetChart({ data }: { data: RopeSnapshot }) {
  const rows = data.offsets.map((offset, j) => ({
    offset,
    qk: data.scoreByOffset[j],
    pi: data.piScoreByOffset[j],
    self: data.selfScoreByOffset[j],
  }));
  const f = data.settings.piFactor;
  return (
    <LabChartFigure
      label="Attention score q·k as a function of the offset m − n"
      caption={`q·k after rotation against the offset m − n (key at position ${data.settings.maxOffset}, query at ${data.settings.maxOffset} + offset). The purple line is q·k, the amber line the same with positions divided by ${formatNumber(f)}, the grey line q·q (key equal to the query), which is largest at offset 0.`}
    >
      <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" />
        <XAxis dataKey="offset" type="number" domain={[-data.settings.maxOffset, data.settings.maxOffset]} tick={{ fontSize: 11 }} />
        <YAxis tick={{ fontSize: 11 }} width={44} tickFormatter={(v: number) => formatNumber(v, 3)} />
        <Tooltip formatter={tooltipValue} labelFormatter={(v) => `m − n = ${String(v)}`} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Line type="monotone" dataKey="qk" name="q·k" stroke={BRAND} dot={false} isAnimationActive={false} />
        <Line type="monotone" dataKey="pi" name={`q·k, PI ×${formatNumber(f)}`} stroke={AMBER} dot={false} isAnimationActive={false} />
        <Line type="monotone" dataKey="self" name="q·q" stroke={SLATE} dot={false} strokeWidth={1} isAnimationActive={false} />
      </LineChart>
    </LabChartFigure>
  );
}

/** θ_i and λ_i = 2π/θ_i per pair, on a log scale because they span many decades. */
export function FrequencyChart({ data }: { data: RopeSnapshot }) {
  const rows = data.pairs.map((p) => ({ i: p.i, theta: p.theta, wavelength: p.wavelength }));
  return (
    <LabChartFigure
      label="RoPE frequency and wavelength per pair, log scale"
      caption={`θ_i (radians per token, purple) falls and the wavelength 2π/θ_i (tokens per full turn, amber) grows geometrically with the pair index i; base ${formatNumber(data.settings.base)}, d = ${data.settings.d}. Log scale.`}
    >
      <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" />
        <XAxis dataKey="i" tick={{ fontSize: 11 }} />
        <YAxis scale="log" domain={["auto", "auto"]} tick={{ fontSize: 11 }} width={52} tickFormatter={(v: number) => v.toExponential(0)} />
        <Tooltip formatter={tooltipValue} labelFormatter={(v) => `pair i = ${String(v)}`} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Line dataKey="theta" name="θ_i (rad/token)" stroke={BRAND} dot={false} isAnimationActive={false} />
        <Line dataKey="wavelength" name="2π/θ_i (tokens)" stroke={AMBER} dot={false} isAnimationActive={false} />
      </LineChart>
    </LabChartFigure>
  );
}

/** m·θ_i with and without Position Interpolation: every angle shrinks by the same factor. */
export function PiAngleChart({ data }: { data: RopeSnapshot }) {
  const { m, piFactor } = data.settings;
  if (m === 0) return <p className="text-sm text-slate-600">At m = 0 every angle is 0 with or without interpolation; choose m &gt; 0 to see the compression.</p>;
  const rows = data.pairs.map((p) => ({ i: p.i, angle: p.angle, pi: p.piAngle }));
  return (
    <LabChartFigure
      label="Rotation angle per pair with and without Position Interpolation, log scale"
      caption={`Angle m·θ_i at m = ${formatNumber(m)} (purple) and (m/${formatNumber(piFactor)})·θ_i with Position Interpolation (amber). On a log scale the curve moves down by the same distance for every pair: all angles are divided by ${formatNumber(piFactor)}.`}
    >
      <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" />
        <XAxis dataKey="i" tick={{ fontSize: 11 }} />
        <YAxis scale="log" domain={["auto", "auto"]} tick={{ fontSize: 11 }} width={52} tickFormatter={(v: number) => v.toExponential(0)} />
        <Tooltip formatter={tooltipValue} labelFormatter={(v) => `pair i = ${String(v)}`} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Line dataKey="angle" name="m·θ_i (rad)" stroke={BRAND} dot={false} isAnimationActive={false} />
        <Line dataKey="pi" name={`(m/${formatNumber(piFactor)})·θ_i (rad)`} stroke={AMBER} dot={false} isAnimationActive={false} />
      </LineChart>
    </LabChartFigure>
  );
}
