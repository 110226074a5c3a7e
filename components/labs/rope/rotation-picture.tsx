"use client";

import { useId } from "react";
import type { RotationPicture } from "@/lib/topics/rope/lab/lab";
import { formatNumber } from "@/lib/topics/rope/lab/format";

const SIZE = 220;
const CENTER = SIZE / 2;
const RADIUS = 90;

/** One pair of q as an arrow in the plane, before and after rotation (with and without interpolation). */
export function RopeRotationPicture({ picture, m, factor }: { picture: RotationPicture; m: number; factor: number }) {
  const id = useId();
  const length = Math.hypot(...picture.before) || 1;
  // The pair's length is unchanged by rotation, so one scale fits all three arrows.
  const point = ([x, y]: [number, number]) => [CENTER + (x / length) * RADIUS, CENTER - (y / length) * RADIUS] as const;
  const arrows = [
    { key: "before", v: picture.before, color: "var(--chart-muted)", label: "q (position 0)" },
    { key: "rotated", v: picture.rotated, color: "var(--chart-brand)", label: `rotated at m = ${formatNumber(m)}` },
    { key: "pi", v: picture.piRotated, color: "#d97706", label: `with PI ÷${formatNumber(factor)}` },
  ];
  const turns = (a: number) => a / (2 * Math.PI);
  return (
    <figure aria-label={`Pair ${picture.pair} of q rotated in the plane`} className="flex flex-wrap items-start gap-4">
      <svg role="img" aria-label={`Arrows for pair ${picture.pair} of q: unrotated, rotated by m·θ, and rotated by (m/factor)·θ`} width={SIZE} height={SIZE} className="shrink-0">
        <defs>
          {arrows.map((a) => (
            <marker key={a.key} id={`${id}-${a.key}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" fill={a.color} />
            </marker>
          ))}
        </defs>
        <circle cx={CENTER} cy={CENTER} r={RADIUS} fill="none" stroke="var(--chart-grid)" />
        <line x1={0} y1={CENTER} x2={SIZE} y2={CENTER} stroke="var(--chart-grid)" />
        <line x1={CENTER} y1={0} x2={CENTER} y2={SIZE} stroke="var(--chart-grid)" />
        {arrows.map((a) => {
          const [x, y] = point(a.v);
          return <line key={a.key} x1={CENTER} y1={CENTER} x2={x} y2={y} stroke={a.color} strokeWidth={2.5} markerEnd={`url(#${id}-${a.key})`} />;
        })}
      </svg>
      <figcaption className="min-w-0 flex-1 basis-48 text-xs text-slate-600">
        <p>
          Pair {picture.pair} of q, dimensions ({2 * picture.pair}, {2 * picture.pair + 1}). Rotation only turns the arrow; its length stays the same.
        </p>
        <ul className="mt-2 space-y-1">
          {arrows.map((a) => (
            <li key={a.key} className="flex items-center gap-2">
              <span aria-hidden className="inline-block h-0.5 w-4" style={{ backgroundColor: a.color }} />
              {a.label}
            </li>
          ))}
        </ul>
        <p className="mt-2">
          Angle m·θ = {formatNumber(picture.angle)} rad ({formatNumber(turns(picture.angle))} turns); with interpolation {formatNumber(picture.piAngle)} rad (
          {formatNumber(turns(picture.piAngle))} turns).
        </p>
      </figcaption>
    </figure>
  );
}
