import { describe, expect, it } from "vitest";
import { catchComputeError } from "./catch-compute-error";
import { compute, describeComputeFunctions, getComputeDescription } from "./index";
import { COMPUTE_SAMPLE_INPUTS } from "./sample-inputs";

const SAMPLES = COMPUTE_SAMPLE_INPUTS;

const names = describeComputeFunctions().map((d) => d.name);

describe("compute()", () => {
  it("has a sample input for every registered function", () => {
    expect([...names].sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  it.each(names)("%s returns a finite value with worked steps", (name) => {
    const result = compute(name, SAMPLES[name] ?? {});
    expect(Number.isFinite(result.value)).toBe(true);
    expect(result.steps.length).toBeGreaterThan(0);
    for (const step of result.steps) expect(step.trim()).not.toBe("");
    expect(result.steps.join(" ")).not.toMatch(/NaN|Infinity|undefined/);
    // A lone "-0" (not "-0.65") would come from negating a zero.
    expect(result.steps.join(" ")).not.toMatch(/(^|[^\d.])-0(?![\d.])/);
    expect(result.unit).toBe(getComputeDescription(name)?.outputUnit);
  });

  it.each(names)("%s names its source and its convention", (name) => {
    const d = getComputeDescription(name);
    // A paper with its arXiv number, a spec, or documentation: something a reader can look up.
    expect(d?.source.trim().length ?? 0, name).toBeGreaterThan(10);
    if (name !== "const.value") expect(d?.convention?.trim().length ?? 0, name).toBeGreaterThan(10);
  });

  it.each(names)("%s names a missing input", (name) => {
    const sample = SAMPLES[name] ?? {};
    const [first] = Object.keys(sample);
    if (first === undefined) throw new Error(`no sample for ${name}`);
    const rest = Object.fromEntries(Object.entries(sample).filter(([input]) => input !== first));
    const error = catchComputeError(() => compute(name, rest));
    expect(error.code).toBe("missing_input");
    expect(error.input).toBe(first);
  });

  it.each(names)("%s refuses NaN and Infinity", (name) => {
    const sample = SAMPLES[name] ?? {};
    for (const input of Object.keys(sample)) {
      for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
        const error = catchComputeError(() => compute(name, { ...sample, [input]: bad }));
        expect(error.code).toBe("invalid_input");
        expect(error.input).toBe(input);
      }
    }
  });

  it("refuses unknown names", () => {
    const error = catchComputeError(() => compute("attention.nope", { n: 1 }));
    expect(error.code).toBe("unknown_function");
  });

  it("refuses non-finite results", () => {
    // 1e200² overflows to Infinity
    const error = catchComputeError(() => compute("attention.full_scores", { n: 1e200 }));
    expect(error.code).toBe("non_finite_result");
  });
});

describe("describeComputeFunctions()", () => {
  const descriptions = describeComputeFunctions();

  it("lists every function with its inputs and no code", () => {
    expect(descriptions.length).toBe(Object.keys(SAMPLES).length);
    expect(new Set(names).size).toBe(names.length);
    for (const description of descriptions) {
      expect(Object.keys(description.inputs).length).toBeGreaterThan(0);
      expect(Object.keys(description.inputs).sort()).toEqual(Object.keys(SAMPLES[description.name] ?? {}).sort());
      for (const value of Object.values(description)) expect(typeof value).not.toBe("function");
      expect(description).not.toHaveProperty("run");
      expect(description).not.toHaveProperty("call");
    }
  });

  it("survives a JSON round trip unchanged", () => {
    expect(JSON.parse(JSON.stringify(descriptions))).toEqual(descriptions);
  });

  it("states every input's label, unit and integer flag", () => {
    for (const description of descriptions) {
      for (const spec of Object.values(description.inputs)) {
        expect(spec.label.length).toBeGreaterThan(0);
        expect(spec.unitLabel.length).toBeGreaterThan(0);
        expect(typeof spec.integer).toBe("boolean");
      }
    }
  });
});
