const DAY_MS = 86_400_000;

/** A span of instants [from, to); either end may be open. */
export type Span = { from: Date | null; to: Date | null };

export type UtcDaySplit = {
  /** The whole UTC days inside the span, as [from, to) at UTC midnights; null when there are none. */
  days: Span | null;
  /** The parts of the span outside those days (at most two, each shorter than a day), closed. */
  edges: { from: Date; to: Date }[];
};

const floorDay = (d: Date) => new Date(Math.floor(d.getTime() / DAY_MS) * DAY_MS);
const ceilDay = (d: Date) => new Date(Math.ceil(d.getTime() / DAY_MS) * DAY_MS);

/**
 * Splits a span into the whole UTC days it covers and the partial days at its ends, so a sum over
 * the span can read per-day totals for the middle and only the ends row by row. A viewer's local
 * day rarely starts at UTC midnight, so a "last 30 days" span has two short edges; both parts
 * together cover exactly the span, neither overlapping the other.
 */
export function splitByUtcDays(span: Span): UtcDaySplit {
  const { from, to } = span;
  if (from && to && from.getTime() >= to.getTime()) return { days: null, edges: [] };
  const first = from ? ceilDay(from) : null;
  const last = to ? floorDay(to) : null;
  if (first && last && first.getTime() >= last.getTime()) return { days: null, edges: [{ from: from!, to: to! }] };
  const edges: { from: Date; to: Date }[] = [];
  if (from && first!.getTime() > from.getTime()) edges.push({ from, to: first! });
  if (to && last!.getTime() < to.getTime()) edges.push({ from: last!, to });
  return { days: { from: first, to: last }, edges };
}
