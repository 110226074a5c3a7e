import { MASTERY_LEVELS, masteryLevel, type MasteryLevel } from "@/lib/progress/mastery";

/**
 * Colours of the mastery bars, on the one mastery scale (lib/progress/mastery). The colour only
 * repeats what the number on each bar says, so every band also has a name shown in the legend.
 */
export type MasteryBand = { name: string; colour: string };

const COLOUR: Record<MasteryLevel, string> = { none: "#94a3b8", starting: "#d97706", progressing: "var(--chart-brand)", strong: "#059669" };

/** Weakest first, as the legend reads. */
export const MASTERY_BANDS: readonly MasteryBand[] = [...MASTERY_LEVELS].reverse().map((l) => ({ name: l.label, colour: COLOUR[l.level] }));

/** A student's band: "none yet" until they answer one of the topic's questions. */
export function masteryBand(ratio: number | null, answered: number): MasteryBand {
  const level = ratio === null || answered === 0 ? "none" : masteryLevel(ratio, true);
  return { name: MASTERY_LEVELS.find((l) => l.level === level)!.label, colour: COLOUR[level] };
}
