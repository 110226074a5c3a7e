import { describe, expect, it } from "vitest";
import { splitByUtcDays } from "./utc-day-split";

const at = (iso: string) => new Date(iso);

describe("splitByUtcDays", () => {
  it("reads a Berlin viewer's last 30 days as 29 whole UTC days and two edges", () => {
    // 30 local days in Berlin (UTC+1 in November): 23:00 UTC to 23:00 UTC.
    const split = splitByUtcDays({ from: at("2026-10-29T23:00:00Z"), to: at("2026-11-28T23:00:00Z") });
    expect(split.days).toEqual({ from: at("2026-10-30T00:00:00Z"), to: at("2026-11-28T00:00:00Z") });
    expect(split.edges).toEqual([
      { from: at("2026-10-29T23:00:00Z"), to: at("2026-10-30T00:00:00Z") },
      { from: at("2026-11-28T00:00:00Z"), to: at("2026-11-28T23:00:00Z") },
    ]);
  });

  it("has no edges when the span starts and ends at UTC midnight", () => {
    const split = splitByUtcDays({ from: at("2026-11-01T00:00:00Z"), to: at("2026-11-03T00:00:00Z") });
    expect(split).toEqual({ days: { from: at("2026-11-01T00:00:00Z"), to: at("2026-11-03T00:00:00Z") }, edges: [] });
  });

  it("keeps open ends open, with an edge only at the closed end", () => {
    expect(splitByUtcDays({ from: null, to: null })).toEqual({ days: { from: null, to: null }, edges: [] });
    expect(splitByUtcDays({ from: at("2026-11-01T05:30:00Z"), to: null })).toEqual({
      days: { from: at("2026-11-02T00:00:00Z"), to: null },
      edges: [{ from: at("2026-11-01T05:30:00Z"), to: at("2026-11-02T00:00:00Z") }],
    });
    expect(splitByUtcDays({ from: null, to: at("2026-11-01T05:30:00Z") })).toEqual({
      days: { from: null, to: at("2026-11-01T00:00:00Z") },
      edges: [{ from: at("2026-11-01T00:00:00Z"), to: at("2026-11-01T05:30:00Z") }],
    });
  });

  it("reads a span inside one or two days row by row", () => {
    const inside = { from: at("2026-11-01T05:00:00Z"), to: at("2026-11-01T09:00:00Z") };
    expect(splitByUtcDays(inside)).toEqual({ days: null, edges: [inside] });
    // Across one midnight but without a whole day: still one edge, not an empty day range.
    const across = { from: at("2026-11-01T15:00:00Z"), to: at("2026-11-02T15:00:00Z") };
    expect(splitByUtcDays(across)).toEqual({ days: null, edges: [across] });
  });

  it("is empty for an empty or reversed span", () => {
    expect(splitByUtcDays({ from: at("2026-11-01T05:00:00Z"), to: at("2026-11-01T05:00:00Z") })).toEqual({ days: null, edges: [] });
    expect(splitByUtcDays({ from: at("2026-11-02T00:00:00Z"), to: at("2026-11-01T00:00:00Z") })).toEqual({ days: null, edges: [] });
  });

  it("covers every instant of random spans exactly once", () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const base = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 500; i++) {
      const from = new Date(base + Math.floor(rnd() * 10 * 86_400_000));
      const to = new Date(from.getTime() + Math.floor(rnd() * 5 * 86_400_000));
      const { days, edges } = splitByUtcDays({ from, to });
      for (let k = 0; k < 40; k++) {
        const t = from.getTime() - 86_400_000 + Math.floor(rnd() * 7 * 86_400_000);
        const inSpan = t >= from.getTime() && t < to.getTime();
        const inDays = days !== null && (days.from === null || t >= days.from.getTime()) && (days.to === null || t < days.to.getTime());
        const inEdges = edges.filter((e) => t >= e.from.getTime() && t < e.to.getTime()).length;
        expect(Number(inDays) + inEdges).toBe(Number(inSpan));
      }
      if (days?.from) expect(days.from.getTime() % 86_400_000).toBe(0);
      if (days?.to) expect(days.to.getTime() % 86_400_000).toBe(0);
    }
  });
});
