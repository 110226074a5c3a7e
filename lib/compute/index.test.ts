import { describe, expect, it } from "vitest";
import { catchComputeError } from "./catch-compute-error";
import { compute, describeComputeFunctions, getComputeDescription } from "./index";

// One valid input per registered function; the first test fails when a function is added without one here.
const SAMPLES: Record<string, Record<string, number>> = {
  "attention.full_scores": { n: 8 },
  "attention.causal_scores": { n: 8 },
  "attention.window_scores": { n: 8, w: 3 },
  "attention.receptive_field": { layers: 32, w: 4096 },
  "attention.matrix_bytes": { n: 1024, heads: 8, bytesPerValue: 2 },
  "attention.kv_cache_bytes": { layers: 80, kvHeads: 8, headDim: 128, seqLen: 8192, bytesPerValue: 2, batch: 1 },
  "attention.kv_cache_bytes_per_token": { layers: 80, kvHeads: 8, headDim: 128, bytesPerValue: 2 },
  "attention.gqa_cache_ratio": { heads: 64, kvHeads: 8 },
  "attention.rolling_buffer_slot": { i: 5000, w: 4096 },
  "rope.theta": { i: 3, d: 128, base: 10_000 },
  "rope.angle": { m: 42, i: 3, d: 128, base: 10_000 },
  "rope.wavelength": { i: 63, d: 128, base: 500_000 },
  "rope.pi_angle": { m: 8000, i: 3, d: 128, base: 10_000, factor: 4 },
  "rope.ntk_base": { base: 10_000, factor: 4, d: 128 },
  "quant.weight_bytes": { params: 8_000_000_000, bits: 4 },
  "quant.groupwise_bits_per_weight": { bits: 4, groupSize: 128, scaleBits: 16, zeroBits: 16 },
  "quant.absmax_scale": { maxAbs: 3.2, bits: 8 },
  "quant.quantize_absmax": { x: -1.1, maxAbs: 3.2, bits: 8 },
  "quant.asym_scale": { min: -0.4, max: 1.2, bits: 4 },
  "quant.asym_zero_point": { min: -0.4, max: 1.2, bits: 4 },
  "quant.quantize_asym": { x: 0.5, min: -0.4, max: 1.2, bits: 4 },
  "quant.nf4_double_quant_bits": { blockSize: 64, blockSize2: 256 },
  "quant.nf4_total_bits_per_param": { blockSize: 64, blockSize2: 256 },
  "quant.compression_ratio": { fromBits: 16, toBits: 4 },
  "peft.lora_params": { d: 4096, k: 4096, r: 16 },
  "peft.lora_model_params": { layers: 32, matricesPerLayer: 4, d: 4096, k: 4096, r: 16 },
  "peft.adapter_params": { d: 1024, m: 32 },
  "peft.prompt_tuning_params": { tokens: 100, d: 4096 },
  "peft.trainable_share": { trainableParams: 4_194_304, baseParams: 7_000_000_000 },
  "finetune.full_adam_bytes": { params: 7_000_000_000 },
  "rlhf.bt_probability": { rChosen: 2, rRejected: -1 },
  "rlhf.rm_loss": { rChosen: -1, rRejected: 2 },
  "rlhf.kl_penalized_reward": { reward: 0.7, logpPolicy: -35, logpRef: -38, beta: 0.05 },
  "rlhf.dpo_loss": { beta: 0.1, policyChosen: -20, policyRejected: -25, refChosen: -21, refRejected: -24 },
  "rlhf.ppo_clip": { ratio: 1.3, advantage: -0.5, epsilon: 0.2 },
  "rlhf.grpo_advantage": { reward: 0, mean: 0.25, std: 0.433 },
  "rlhf.preference_pairs": { k: 7 },
};

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
