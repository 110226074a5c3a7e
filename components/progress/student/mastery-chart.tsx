"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, ResponsiveContainer, Text, XAxis, YAxis, type BarShapeProps } from "recharts";

export type MasteryBarRow = { topic: string; percent: number; label: string; fill: string };

const tick = { fontSize: 11, fill: "#475569" };
const AXIS_WIDTH = 124;
const ROW_HEIGHT = 46;

/** Long topic names wrap onto two lines instead of being cut off on narrow screens. */
function TopicTick({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value?: string | number } }) {
  return (
    <Text x={Number(x)} y={Number(y)} width={AXIS_WIDTH - 10} maxLines={2} textAnchor="end" verticalAnchor="middle" {...tick}>
      {String(payload?.value ?? "")}
    </Text>
  );
}

/**
 * Mastery per topic as horizontal bars on a fixed 0–100 % scale, each with its number beside it.
 * The figure around it carries the accessible name and the same numbers as a table.
 */
export function MasteryChart({ rows }: { rows: MasteryBarRow[] }) {
  return (
    <div style={{ height: rows.length * ROW_HEIGHT + 32 }} className="min-w-0">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 76, bottom: 0, left: 0 }} barCategoryGap={10}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => `${v} %`} tick={tick} tickLine={false} />
          <YAxis type="category" dataKey="topic" width={AXIS_WIDTH} tick={<TopicTick />} tickLine={false} axisLine={false} interval={0} />
          <Bar
            dataKey="percent"
            isAnimationActive={false}
            radius={[0, 3, 3, 0]}
            background={{ fill: "#f1f5f9" }}
            shape={(props: BarShapeProps) => <Rectangle {...props} fill={(props.payload as MasteryBarRow | undefined)?.fill ?? "#4f46e5"} />}
          >
            <LabelList dataKey="label" position="right" fill="#1e293b" fontSize={12} fontWeight={600} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
