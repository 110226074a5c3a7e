export const LEECH_TAG = "leech";

/**
 * What leech handling owns on a card. `lapseBaseline` is the lapse count when the student last
 * reset the leech: the rule counts lapses since then, because resetting lapses themselves
 * would break rebuilding the card from its review log.
 */
export type LeechFlags = { tags: readonly string[]; suspended: boolean; lapseBaseline: number };

/**
 * Runs after each review. A card becomes a leech on the lapse that reaches the threshold:
 * it is tagged and suspended so the student rewrites or drops it instead of failing it forever.
 */
export function applyLeechRule({
  lapsesBefore,
  lapsesAfter,
  threshold,
  flags,
}: {
  lapsesBefore: number;
  lapsesAfter: number;
  threshold: number;
  flags: LeechFlags;
}): { flags: LeechFlags; becameLeech: boolean } {
  const lapsed = lapsesAfter > lapsesBefore;
  if (!lapsed || flags.tags.includes(LEECH_TAG) || lapsesAfter - flags.lapseBaseline < threshold) {
    return { flags, becameLeech: false };
  }
  return { flags: { ...flags, tags: [...flags.tags, LEECH_TAG], suspended: true }, becameLeech: true };
}

export function isLeech(flags: LeechFlags): boolean {
  return flags.tags.includes(LEECH_TAG);
}

/** Clears the leech: untags, unsuspends, and starts counting lapses afresh from `lapses`. */
export function resetLeech(flags: LeechFlags, lapses: number): LeechFlags {
  return { tags: flags.tags.filter((t) => t !== LEECH_TAG), suspended: false, lapseBaseline: lapses };
}
