"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, ResponsiveContainer, XAxis, YAxis, type BarShapeProps, type LabelProps } from "recharts";

export type MasteryBarRow = { topic: string; percent: number; label: string; fill: string };

const tick = { fontSize: 11, fill: "var(--chart-text)" };
const ROW_HEIGHT = 50;

/**
 * The topic's name above its bar, starting at the bar's left edge. A side axis would squeeze
 * long names ("Parameter-efficient fine-tuning") into a few characters on a phone.
 */
function TopicName({ viewBox, value }: LabelProps) {
  if (!viewBox || !("x" in viewBox)) return <g />;
  return (
    <text x={Number(viewBox.x)} y={Number(viewBox.y) - 6} fontSize={12} fill="var(--chart-text)">
      {String(value ?? "")}
    </text>
  );
}

/**
 * Mastery per topic as horizontal bars on a fixed 0–100 % scale, each with its number beside it.
 * The figure around it carries the accessible name and the same numbers as a table.
 */
export function MasteryChart({ rows }: { rows: MasteryBarRow[] }) {
  return (
    <div style={{ height: rows.length * ROW_HEIGHT + 40 }} className="min-w-0">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 14, right: 84, bottom: 0, left: 14 }} barSize={18}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => `${v} %`} tick={tick} tickLine={false} interval={0} />
          <YAxis type="category" dataKey="topic" hide />
          <Bar
            dataKey="percent"
            isAnimationActive={false}
            radius={[0, 3, 3, 0]}
            background={{ fill: "var(--chart-track)" }}
            shape={(props: BarShapeProps) => <Rectangle {...props} fill={(props.payload as MasteryBarRow | undefined)?.fill ?? "var(--chart-brand)"} />}
          >
            <LabelList dataKey="topic" content={TopicName} />
            <LabelList dataKey="label" position="right" fill="var(--chart-strong)" fontSize={12} fontWeight={600} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
