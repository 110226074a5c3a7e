import { MASTERY_LEVELS, masteryLevel, type MasteryLevel } from "@/lib/progress/mastery";

/**
 * Colours of the mastery grid, on the one mastery scale (lib/progress/mastery): one hue, darker for
 * more, so the grid reads the same in greyscale. The percentage is always printed in the cell as
 * well; colour is never the only signal.
 */
export type MasteryBand = { label: string; className: string; swatch: string };

const STYLE: Record<MasteryLevel, Omit<MasteryBand, "label">> = {
  strong: { className: "bg-emerald-700 text-white", swatch: "bg-emerald-700" },
  progressing: { className: "bg-emerald-400 text-emerald-950", swatch: "bg-emerald-400" },
  starting: { className: "bg-emerald-100 text-emerald-950", swatch: "bg-emerald-100" },
  none: { className: "bg-white text-slate-700", swatch: "bg-white" },
};

export const MASTERY_BANDS: readonly MasteryBand[] = MASTERY_LEVELS.map((l) => ({ label: l.label, ...STYLE[l.level] }));

export const NO_QUESTIONS: MasteryBand = { label: "No questions", className: "bg-slate-100 text-slate-500", swatch: "bg-slate-100" };

/** A cell's band: nothing mastered yet is "none yet"; a topic without questions has no share at all. */
export function masteryBand(ratio: number | null): MasteryBand {
  if (ratio === null) return NO_QUESTIONS;
  const level = masteryLevel(ratio);
  return MASTERY_BANDS[MASTERY_LEVELS.findIndex((l) => l.level === level)]!;
}
