import { describe, expect, it } from "vitest";
import { bucketIndex, DIFFICULTY_BOUNDS, DIFFICULTY_LABELS, fillBuckets, STABILITY_BOUNDS, STABILITY_LABELS } from "./stats-buckets";
import { formatDay, formatShare, pluralize } from "@/lib/format/display";

describe("stability buckets", () => {
  it("has one label per bucket and puts each bound in the bucket it opens", () => {
    expect(STABILITY_LABELS).toHaveLength(STABILITY_BOUNDS.length + 1);
    expect(bucketIndex(0.4, STABILITY_BOUNDS)).toBe(0); // <1d
    expect(bucketIndex(1, STABILITY_BOUNDS)).toBe(1); // 1–3d
    expect(bucketIndex(6.9, STABILITY_BOUNDS)).toBe(2); // 3–7d
    expect(bucketIndex(7, STABILITY_BOUNDS)).toBe(3); // 1–2w
    expect(bucketIndex(45, STABILITY_BOUNDS)).toBe(5); // 1–3m
    expect(bucketIndex(365, STABILITY_BOUNDS)).toBe(8); // >1y
    expect(STABILITY_LABELS[bucketIndex(200, STABILITY_BOUNDS)]).toBe("6m–1y");
  });
});

describe("difficulty bins", () => {
  it("splits 1–10 into ten bins of 0.9", () => {
    expect(DIFFICULTY_BOUNDS).toEqual([1.9, 2.8, 3.7, 4.6, 5.5, 6.4, 7.3, 8.2, 9.1]);
    expect(DIFFICULTY_LABELS).toEqual(["1–1.9", "1.9–2.8", "2.8–3.7", "3.7–4.6", "4.6–5.5", "5.5–6.4", "6.4–7.3", "7.3–8.2", "8.2–9.1", "9.1–10"]);
    expect(bucketIndex(1, DIFFICULTY_BOUNDS)).toBe(0);
    expect(bucketIndex(5, DIFFICULTY_BOUNDS)).toBe(4);
    expect(bucketIndex(10, DIFFICULTY_BOUNDS)).toBe(9);
  });
});

describe("fillBuckets", () => {
  it("fills the missing buckets with zero and ignores indexes without a label", () => {
    expect(fillBuckets([{ bucket: 2, count: 5 }, { bucket: 0, count: 1 }, { bucket: 9, count: 7 }], ["a", "b", "c"])).toEqual([
      { label: "a", count: 1 },
      { label: "b", count: 0 },
      { label: "c", count: 5 },
    ]);
  });
});

describe("formats", () => {
  it("writes days, counts and shares for people", () => {
    expect(formatDay("2026-11-03")).toBe("3 Nov 2026");
    expect(pluralize(1, "review")).toBe("1 review");
    expect(pluralize(1200, "review")).toBe("1,200 reviews");
    expect(formatShare(7, 8)).toBe("87.5 %");
    expect(formatShare(2, 3)).toBe("66.7 %");
    expect(formatShare(0, 0)).toBe("—");
  });
});
