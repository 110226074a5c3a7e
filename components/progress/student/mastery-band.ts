/**
 * Colour bands for mastery bars. The colour only repeats what the number on each bar says, so
 * every band also has a name shown in the legend.
 */
export type MasteryBand = { name: string; colour: string };

export const MASTERY_BANDS = {
  notStarted: { name: "Not started", colour: "#94a3b8" },
  starting: { name: "Under 40 %", colour: "#d97706" },
  progressing: { name: "40–79 %", colour: "#4f46e5" },
  strong: { name: "80 % and above", colour: "#059669" },
} satisfies Record<string, MasteryBand>;

export function masteryBand(ratio: number | null, answered: number): MasteryBand {
  if (ratio === null || answered === 0) return MASTERY_BANDS.notStarted;
  if (ratio < 0.4) return MASTERY_BANDS.starting;
  if (ratio < 0.8) return MASTERY_BANDS.progressing;
  return MASTERY_BANDS.strong;
}

/** "12 %", rounded to whole percent as on the bars; "—" for a topic without questions. */
export function formatPercent(ratio: number | null): string {
  return ratio === null ? "—" : `${Math.round(ratio * 100)} %`;
}
