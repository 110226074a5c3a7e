"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { LabChartFigure } from "@/components/labs/lab-chart-figure";
import { CURVE_BLOCK, type RopeModelSnapshot, type VariantId } from "@/lib/topics/rope/model-lab/lab";

const BRAND = "var(--chart-brand)";
const AMBER = "#d97706";
const TEAL = "#0d9488";
const RED = "#dc2626";
const SLATE = "var(--chart-muted)";
const PINK = "#db2777";

export const VARIANT_COLOURS: Record<VariantId, string> = { rope: RED, pi: AMBER, ntk: TEAL, "pi-tuned": BRAND, nope: SLATE, learned: PINK };

const three = (v: unknown) => (typeof v === "number" ? v.toFixed(3) : String(v));

/** The first layer's score at a fixed offset, slid along the text: flat for RoPE, not for learned positions. */
export function ShiftChart({ data }: { data: RopeModelSnapshot }) {
  const { relative } = data;
  return (
    <LabChartFigure
      label="First-layer attention score at a fixed offset against absolute position"
      caption={`Score of query “${relative.pair[0]}” at position n + ${relative.offset} against key “${relative.pair[1]}” at n, layer 1, head 1, for n = 0 … ${relative.byPosition.length - 1}: RoPE (red) stays put, within ${relative.ropeSpread.toExponential(1)}; learned positions (pink) move by ${relative.learnedSpread.toFixed(2)}.`}
    >
      <LineChart data={relative.byPosition} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" />
        <XAxis dataKey="n" type="number" domain={[0, relative.byPosition.length - 1]} tick={{ fontSize: 11 }} />
        <YAxis domain={["auto", "auto"]} tick={{ fontSize: 11 }} width={44} tickFormatter={(v: number) => v.toFixed(1)} />
        <Tooltip formatter={three} labelFormatter={(v) => `key at n = ${String(v)}`} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Line dataKey="rope" name="RoPE (base)" stroke={RED} dot={false} isAnimationActive={false} />
        <Line dataKey="learned" name="learned positions" stroke={PINK} dot={false} isAnimationActive={false} />
      </LineChart>
    </LabChartFigure>
  );
}

/** RoPE's score as a function of the offset alone. */
export function OffsetChart({ data }: { data: RopeModelSnapshot }) {
  const { relative } = data;
  return (
    <LabChartFigure label="RoPE first-layer score against the offset m − n" caption={`The same RoPE query and key at offsets 0 … 64: the score is a function of the offset alone, and that function is what the model learned.`}>
      <LineChart data={relative.byOffset} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" />
        <XAxis dataKey="offset" type="number" domain={[0, 64]} tick={{ fontSize: 11 }} />
        <YAxis domain={["auto", "auto"]} tick={{ fontSize: 11 }} width={44} tickFormatter={(v: number) => v.toFixed(1)} />
        <Tooltip formatter={three} labelFormatter={(v) => `m − n = ${String(v)}`} />
        <Line dataKey="rope" name="RoPE score" stroke={RED} dot={false} isAnimationActive={false} />
      </LineChart>
    </LabChartFigure>
  );
}

/** Loss per block of 16 positions at 4× the training length, one line per position scheme. */
export function PositionLossChart({ data }: { data: RopeModelSnapshot }) {
  const longest = data.lengths.at(-1)!;
  const points = Array.from({ length: longest / CURVE_BLOCK }, (_, b) => {
    const point: Record<string, number | null> = { position: b * CURVE_BLOCK + CURVE_BLOCK / 2 };
    for (const v of data.variants) point[v.id] = v.curve?.[b] ?? null;
    return point;
  });
  return (
    <LabChartFigure
      height={260}
      label={`Held-out loss against position, up to ${longest} characters`}
      caption={`Mean loss (nats) per block of ${CURVE_BLOCK} positions over windows of ${longest} held-out characters; the dashed line is the training length, 128. Learned positions (pink) stop there.`}
    >
      <LineChart data={points} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" />
        <XAxis dataKey="position" type="number" domain={[0, longest]} ticks={[0, 128, 256, 384, 512].filter((t) => t <= longest)} tick={{ fontSize: 11 }} />
        <YAxis domain={["auto", "auto"]} tick={{ fontSize: 11 }} width={40} tickFormatter={(v: number) => v.toFixed(1)} />
        <ReferenceLine x={128} stroke={SLATE} strokeDasharray="4 3" />
        <Tooltip formatter={(v: unknown) => (typeof v === "number" ? v.toFixed(2) : String(v))} labelFormatter={(v) => `positions around ${String(v)}`} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {data.variants.map((v) => (
          <Line key={v.id} dataKey={v.id} name={v.label} stroke={VARIANT_COLOURS[v.id]} dot={false} isAnimationActive={false} connectNulls={false} />
        ))}
      </LineChart>
    </LabChartFigure>
  );
}
