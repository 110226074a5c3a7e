import { shuffled } from "@/lib/random/seeded-random";

/**
 * Picks `count` items, preferring those the student has seen least; ties are
 * broken at random so two students don't get the same quiz. When there are
 * fewer items than `count`, every item is used and the least seen repeat first.
 */
export function pickLeastSeen<T extends { key: string }>(items: readonly T[], seen: ReadonlyMap<string, number>, count: number, random: () => number): T[] {
  if (items.length === 0 || count <= 0) return [];
  const out: T[] = [];
  const tally = new Map(items.map((i) => [i.key, seen.get(i.key) ?? 0]));
  while (out.length < count) {
    const round = shuffled(items, random).sort((a, b) => tally.get(a.key)! - tally.get(b.key)!);
    for (const item of round.slice(0, count - out.length)) {
      out.push(item);
      tally.set(item.key, tally.get(item.key)! + 1);
    }
  }
  return out;
}
