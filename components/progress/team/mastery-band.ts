/**
 * Colour bands of the mastery grid: one hue, darker for more, so the grid reads the same in
 * greyscale. The percentage is always printed in the cell as well; colour is never the only signal.
 */
export type MasteryBand = { label: string; className: string; swatch: string };

export const MASTERY_BANDS: readonly (MasteryBand & { min: number })[] = [
  { min: 0.75, label: "75 % or more", className: "bg-emerald-700 text-white", swatch: "bg-emerald-700" },
  { min: 0.5, label: "50–74 %", className: "bg-emerald-400 text-emerald-950", swatch: "bg-emerald-400" },
  { min: 0.25, label: "25–49 %", className: "bg-emerald-200 text-emerald-950", swatch: "bg-emerald-200" },
  { min: Number.MIN_VALUE, label: "Under 25 %", className: "bg-emerald-50 text-emerald-950", swatch: "bg-emerald-50" },
  { min: 0, label: "None yet", className: "bg-white text-slate-500", swatch: "bg-white" },
];

export const NO_QUESTIONS: MasteryBand = { label: "No questions", className: "bg-slate-100 text-slate-500", swatch: "bg-slate-100" };

export function masteryBand(ratio: number | null): MasteryBand {
  if (ratio === null) return NO_QUESTIONS;
  return MASTERY_BANDS.find((b) => ratio >= b.min) ?? MASTERY_BANDS[MASTERY_BANDS.length - 1]!;
}

/** "67 %" — whole percentages in the grid; "—" when there is nothing to divide. */
export function formatPercent(ratio: number | null): string {
  return ratio === null ? "—" : `${Math.round(ratio * 100)} %`;
}
