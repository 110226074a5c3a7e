import { describe, expect, it } from "vitest";
import { compileParameterSpace } from "./parameter-space";

describe("parameter grids", () => {
  it("hit zero and round steps exactly", () => {
    const space = compileParameterSpace({ key: "grid", parameters: [{ kind: "float", name: "x", min: -0.85, max: 0.85, step: 0.05 }], constraints: [] });
    const values = Array.from({ length: space.size }, (_, s) => space.draw(s).values.x as number).sort((a, b) => a - b);
    expect(space.size).toBe(35);
    expect(values).toContain(0);
    expect(values).toContain(0.3);
    expect(values.every((v) => Math.abs(v) < 1e-12 ? v === 0 : true)).toBe(true);
  });
});
