import { describe, expect, it } from "vitest";
import type { ComputeUnit } from "@/lib/compute/types";
import { checkNumericAnswer } from "./check-numeric-answer";

// Llama 3 70B weights at INT4: 70.55e9 params × 0.5 B = 35.275e9 B ≈ 35.3 GB ≈ 32.85 GiB.
type Expected = { value: number; unit: ComputeUnit; displayUnit?: string };
const int4: Expected = { value: 35.275e9, unit: "B", displayUnit: "GB" };
const check = (answerText: string, expected: Expected = int4, tolerance?: { relative?: number; absolute?: number }) =>
  checkNumericAnswer({ answerText, expected, tolerance });

describe("checkNumericAnswer: sizes", () => {
  it.each(["35.3 GB", "35.275GB", "32.85 GiB", "3.5275e10 B", "35,275,000,000 bytes", "35.3", "282.2 Gb", "0.0353 TB", "33640 MiB"])(
    "accepts %s",
    (answer) => {
      const r = check(answer);
      expect(r.correct, r.feedback).toBe(true);
      expect(r.parsed?.unit).toBe("B");
    },
  );

  it("reads a bare number in the display unit, or in the base unit without one", () => {
    expect(check("35.3").parsed?.value).toBeCloseTo(35.3e9);
    expect(check("35275000000", { value: 35.275e9, unit: "B" }).correct).toBe(true);
  });

  it("tells gigabits from gigabytes", () => {
    const r = check("35.3 Gb");
    expect(r.correct).toBe(false);
    expect(r.feedback).toBe("You answered in gigabits (Gb), but the number fits gigabytes: 1 byte = 8 bits.");
    expect(check("282.2 Gb").feedback).toContain("You answered in bits");
  });

  it("spots GB written for GiB and back", () => {
    expect(check("35.3 GiB").feedback).toBe("Your number is in GB (powers of 10) but you wrote GiB (powers of 2: 1 GiB = 2^30 bytes).");
    const gib = { value: 2 ** 30 * 40, unit: "B" as const, displayUnit: "GiB" };
    expect(check("40 GB", gib).feedback).toBe("Your number is in GiB (powers of 2) but you wrote GB (powers of 10: 1 GB = 10^9 bytes).");
  });

  it("spots a count of bits labelled as bytes", () => {
    expect(check("282.2 GB").feedback).toBe("Your number looks like a count of bits written as bytes (GB): divide by 8, since 1 byte = 8 bits.");
  });

  it("names each slip with the misconception item analysis groups it under", () => {
    expect(check("35.3 Gb").misconception).toBe("bytes-for-bits");
    expect(check("282.2 GB").misconception).toBe("bits-for-bytes");
    expect(check("35.3 GiB").misconception).toBe("gb-vs-gib");
    expect(check("40 GB", { value: 2 ** 30 * 40, unit: "B", displayUnit: "GiB" }).misconception).toBe("gb-vs-gib");
    expect(check("35.3 MB").misconception).toBe("power-of-ten");
    expect(check("12 GB").misconception).toBeUndefined();
    expect(check("35.3 GB").misconception).toBeUndefined();
  });

  it("names a wrong dimension", () => {
    expect(check("35 kg").feedback).toBe("Expected a size in bytes, got a mass (“kg”).");
    expect(check("35 s").feedback).toBe("Expected a size in bytes, got a time (“s”).");
    expect(check("35 rad").feedback).toBe("Expected a size in bytes, got an angle (“rad”).");
  });

  it("answers empty, unreadable and unknown-unit input with a message", () => {
    expect(check("  ")).toEqual({ correct: false, feedback: "Enter an answer first." });
    expect(check("about thirty").feedback).toMatch(/^I couldn't read “about thirty” as a number with a unit/);
    expect(check("35 zorks").feedback).toBe("I don't know the unit “zorks”. Try 35 GB, 32.6 GiB or 3.5e10 bytes.");
  });

  it("points at a power-of-ten slip", () => {
    expect(check("35.3 MB").feedback).toBe("Not quite: your answer is off by a factor of 10^-3. Check the unit prefix.");
  });
});

describe("checkNumericAnswer: counts, fractions, angles, bits", () => {
  const lora = { value: 65_536, unit: "" as const };
  it.each(["65536", "65,536 params", "65.5K", "0.0655 M", "6.5536e4"])("accepts %s for 65,536", (a) => {
    expect(check(a, lora).correct).toBe(true);
  });
  it("reads 7B as seven billion for counts", () => {
    expect(check("7.24B", { value: 7.24e9, unit: "" }).correct).toBe(true);
    expect(check("1.2 M", { value: 1.2e6, unit: "" }).correct).toBe(true);
  });
  it("accepts percentages for fractions, with an absolute tolerance", () => {
    const p = { value: 0.7310585786, unit: "" as const };
    expect(check("73.1%", p, { absolute: 0.001 }).correct).toBe(true);
    expect(check("0.731", p, { absolute: 0.001 }).correct).toBe(true);
    expect(check("0.74", p, { absolute: 0.001 }).correct).toBe(false);
  });
  it("accepts radians or degrees for angles", () => {
    const a = { value: Math.PI / 2, unit: "rad" as const };
    expect(check("1.5708", a).correct).toBe(true);
    expect(check("90 deg", a).correct).toBe(true);
    expect(check("90°", a).correct).toBe(true);
    expect(check("90 °", a).correct).toBe(true);
    expect(check("90 GB", a).feedback).toBe("Expected an angle, got a size in bytes or bits (“GB”).");
  });
  it("grades bits per weight", () => {
    const bpw = { value: 4.125, unit: "b" as const, displayUnit: "b" };
    expect(check("4.125", bpw).correct).toBe(true);
    expect(check("4.125 bits", bpw).correct).toBe(true);
    expect(check("4.5", bpw).correct).toBe(false);
  });
  it("accepts negative numbers", () => {
    expect(check("-0.25", { value: -0.25, unit: "" }, { absolute: 1e-9 }).correct).toBe(true);
  });
});

// An absolute tolerance is in the expected value's unit for every unit family: ±0.005 b is ±0.005
// bits (it once became ±0.005 bytes = ±0.04 bits after the conversion to bytes).
describe("checkNumericAnswer: absolute tolerances are in the expected value's unit", () => {
  const cases = [
    { family: "bits", expected: { value: 4.125, unit: "b" as const, displayUnit: "b" }, absolute: 0.005, inside: ["4.13", "4.121 bits"], outside: ["4.09", "4.16", "4.135"] },
    { family: "bytes", expected: { value: 1_000, unit: "B" as const, displayUnit: "B" }, absolute: 2, inside: ["1001", "1.002 kB"], outside: ["1003", "997 B"] },
    { family: "parameters", expected: { value: 65_536, unit: "" as const }, absolute: 10, inside: ["65,540 params", "65.53K"], outside: ["65,550 params", "65.5K"] },
    { family: "radians", expected: { value: 1.5, unit: "rad" as const, displayUnit: "rad" }, absolute: 0.01, inside: ["1.509", "1.491 rad"], outside: ["1.52", "1.48 rad"] },
    { family: "tokens", expected: { value: 131_072, unit: "" as const }, absolute: 1, inside: ["131,073 tokens", "131071"], outside: ["131,074 tokens", "131,070"] },
  ];
  for (const c of cases) {
    it(`${c.family}: ±${c.absolute} accepts what is inside and refuses what is outside`, () => {
      for (const a of c.inside) expect(check(a, c.expected, { absolute: c.absolute }).correct, `${a} for ${c.expected.value}`).toBe(true);
      for (const a of c.outside) expect(check(a, c.expected, { absolute: c.absolute }).correct, `${a} for ${c.expected.value}`).toBe(false);
    });
  }
  it("a bits answer typed in bytes converts before the absolute tolerance applies", () => {
    const bpw = { value: 4.125, unit: "b" as const, displayUnit: "b" };
    expect(check("0.515625 B", bpw, { absolute: 0.005 }).correct).toBe(true);
    expect(check("0.52 B", bpw, { absolute: 0.005 }).correct).toBe(false); // 4.16 bits
  });
});

describe("checkNumericAnswer: signs", () => {
  it("accepts negative numbers", () => {
    expect(check("-0.25", { value: -0.25, unit: "" }, { absolute: 1e-9 }).correct).toBe(true);
  });
});
