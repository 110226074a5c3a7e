import { describe, expect, it } from "vitest";
import { compileParameterSpace, resolveBinding } from "./parameter-space";
import { MODEL_PRESETS } from "./presets";
import { parameterSchema } from "./template-schema";

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

describe("range parameters", () => {
  it("refuse a max below the min, naming the field, instead of counting negative variants", () => {
    const parsed = parameterSchema.safeParse({ kind: "int", name: "n", min: 100, max: 10, step: 1 });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["max"], message: "Max must be at least Min." });
    expect(parameterSchema.safeParse({ kind: "float", name: "x", min: 1, max: 1, step: 0.5 }).success).toBe(true);
  });
});

describe("resolveBinding", () => {
  it("reads only the draw's own parameters and a preset's own fields, never what every object inherits", () => {
    const preset = MODEL_PRESETS[0]!;
    const values = { a: 3, model: { preset: preset.id, label: preset.label, values: preset.values } };
    expect(resolveBinding("a", values)).toBe(3);
    expect(resolveBinding("model.layers", values)).toBe(preset.values.layers);
    for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      expect(() => resolveBinding(name, values)).toThrow(`"${name}" names no parameter.`);
      expect(() => resolveBinding(`model.${name}`, values)).toThrow(`presets have no field "${name}"`);
    }
  });
});
