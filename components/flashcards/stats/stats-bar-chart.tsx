"use client";

import { Bar, BarChart, CartesianGrid, Rectangle, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from "recharts";

export type StatsBarRow = { label: string; value: number; fill?: string };

const tick = { fontSize: 11, fill: "var(--chart-text)" };

/**
 * A bar chart of labelled counts. The figure around it carries the accessible name and the
 * table with the same numbers, so the chart itself is only the picture.
 */
export function StatsBarChart({
  rows,
  valueName,
  colour = "var(--chart-brand)",
  height = 200,
  denseLabels = false,
  slantedLabels = false,
}: {
  rows: StatsBarRow[];
  valueName: string;
  colour?: string;
  height?: number;
  /** Many bars (a day each): let the axis skip labels that would overlap. */
  denseLabels?: boolean;
  /** Every label shown, slanted so long bucket names fit under narrow bars. */
  slantedLabels?: boolean;
}) {
  return (
    <div style={{ height }} className="min-w-0">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 4, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" vertical={false} />
          <XAxis
            dataKey="label"
            tick={slantedLabels ? { ...tick, textAnchor: "end" } : tick}
            angle={slantedLabels ? -40 : 0}
            height={slantedLabels ? 44 : 30}
            interval={denseLabels ? "preserveStartEnd" : 0}
            minTickGap={denseLabels ? 16 : 2}
            tickLine={false}
          />
          <YAxis tick={tick} width={32} allowDecimals={false} tickLine={false} axisLine={false} />
          <Tooltip formatter={(v) => [String(v), valueName]} cursor={{ fill: "var(--chart-track)" }} />
          <Bar
            dataKey="value"
            name={valueName}
            fill={colour}
            radius={[3, 3, 0, 0]}
            isAnimationActive={false}
            shape={(props: BarShapeProps) => <Rectangle {...props} fill={(props.payload as StatsBarRow | undefined)?.fill ?? colour} />}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
