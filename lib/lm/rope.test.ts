import { describe, expect, it } from "vitest";
import { applyRope } from "./rope";

/** The same query and key vector placed at every position of a sequence of `rows`. */
function repeated(vector: number[], rows: number): Float64Array {
  return Float64Array.from({ length: rows * vector.length }, (_, i) => vector[i % vector.length]!);
}

describe("RoPE", () => {
  const [rows, width, heads] = [8, 8, 2];
  const q = repeated([0.3, -1.2, 0.8, 0.5, 1.1, 0.2, -0.4, 0.9], rows);
  const k = repeated([-0.7, 0.4, 1.3, -0.2, 0.6, -1.0, 0.1, 0.5], rows);
  applyRope(q, rows, width, heads, 10, 1);
  applyRope(k, rows, width, heads, 10, 1);
  const score = (m: number, n: number, h: number) => {
    let s = 0;
    for (let c = 0; c < 4; c++) s += q[m * width + h * 4 + c]! * k[n * width + h * 4 + c]!;
    return s;
  };

  it("makes a head's score depend on the two positions only through their offset", () => {
    for (const h of [0, 1]) {
      expect(score(3, 1, h)).toBeCloseTo(score(7, 5, h), 12);
      expect(score(4, 4, h)).toBeCloseTo(score(0, 0, h), 12);
      expect(score(5, 1, h)).not.toBeCloseTo(score(3, 1, h), 6);
    }
  });

  it("is undone by the rotation with the opposite sign, which the backward pass uses", () => {
    const x = repeated([1, 2, 3, 4, 5, 6, 7, 8], rows);
    const y = Float64Array.from(x);
    applyRope(y, rows, width, heads, 10, 1);
    applyRope(y, rows, width, heads, 10, -1);
    y.forEach((v, i) => expect(v).toBeCloseTo(x[i]!, 12));
  });
});
