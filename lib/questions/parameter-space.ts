import { getPreset, type ModelPreset } from "./presets";
import { affinePermutation, hash32, MAX_PERMUTED_SPACE, mulberry32 } from "@/lib/random/seeded-random";
import type { Binding, ParameterSpec, Template } from "./template-schema";

export type ParamValue = number | { preset: string; label: string; values: ModelPreset["values"] };
export type ParamValues = Record<string, ParamValue>;

type Axis = { spec: ParameterSpec; size: number; at(j: number): ParamValue };
/** One dimension of the space: a parameter, or the choice parameters of one dataset drawn together. */
type Dimension = { axes: Axis[]; size: number };

function dimensionsOf(parameters: readonly ParameterSpec[]): Dimension[] {
  const dimensions: Dimension[] = [];
  const byDataset = new Map<string, Dimension>();
  for (const spec of parameters) {
    const axis = axisOf(spec);
    const dataset = spec.kind === "choice" ? spec.dataset : undefined;
    const joined = dataset === undefined ? undefined : byDataset.get(dataset);
    if (joined) {
      // Validation refuses datasets of unequal lengths; the shortest bounds the draws meanwhile.
      joined.axes.push(axis);
      joined.size = Math.min(joined.size, axis.size);
      continue;
    }
    const dimension = { axes: [axis], size: axis.size };
    if (dataset !== undefined) byDataset.set(dataset, dimension);
    dimensions.push(dimension);
  }
  return dimensions;
}

// Grid points are min + j·step in floating point: round away the noise (0.1 + 0.2),
// and snap values that should be zero (−0.85 + 17·0.05 = 1.1e-16) to exactly 0.
function clean(x: number, step: number): number {
  return Math.abs(x) < Math.abs(step) * 1e-9 ? 0 : Number(x.toPrecision(12));
}

function axisOf(spec: ParameterSpec): Axis {
  switch (spec.kind) {
    case "int":
    case "float": {
      const size = Math.max(0, Math.floor((spec.max - spec.min) / spec.step + 1e-9) + 1);
      return { spec, size, at: (j) => clean(spec.min + j * spec.step, spec.step) };
    }
    case "choice":
      return { spec, size: spec.values.length, at: (j) => spec.values[j]! };
    case "preset":
      return {
        spec,
        size: spec.presets.length,
        at: (j) => {
          const preset = getPreset(spec.presets[j]!);
          if (!preset) throw new Error(`Unknown model preset "${spec.presets[j]}" in parameter "${spec.name}".`);
          return { preset: preset.id, label: preset.label, values: preset.values };
        },
      };
  }
}

/** Reads a binding: a constant, a parameter, or a field of a preset parameter ("model.layers"). */
export function resolveBinding(binding: Binding, values: ParamValues): number {
  if (typeof binding === "number") return binding;
  const [head, field] = binding.split(".") as [string, string | undefined];
  // Own keys only: a formula's {constructor} must not find Object's.
  const v = Object.hasOwn(values, head) ? values[head] : undefined;
  if (v === undefined) throw new Error(`"${binding}" names no parameter.`);
  if (typeof v === "number") {
    if (field) throw new Error(`"${binding}": parameter "${head}" has no fields.`);
    return v;
  }
  if (!field) throw new Error(`"${binding}": preset parameter "${head}" needs a field, e.g. ${head}.layers.`);
  const x = Object.hasOwn(v.values, field) ? v.values[field as keyof ModelPreset["values"]] : undefined;
  if (x === undefined) throw new Error(`"${binding}": presets have no field "${field}".`);
  return x;
}

const OPS = {
  "<": (a: number, b: number) => a < b,
  "<=": (a: number, b: number) => a <= b,
  ">": (a: number, b: number) => a > b,
  ">=": (a: number, b: number) => a >= b,
  "!=": (a: number, b: number) => a !== b,
};

/**
 * The finite space of a template's parameter draws. Point k of the space is
 * decoded in mixed radix after a keyed permutation, so seeds 0, 1, 2, … give
 * distinct draws until the space is exhausted. Draws violating a constraint
 * move on to the next point, deterministically.
 */
const ENUMERATE_LIMIT = 200_000;

export type ParameterSpace = { size: number; draw(seed: number): { values: ParamValues; index: number } };

export function compileParameterSpace(template: Pick<Template, "key" | "parameters" | "constraints">): ParameterSpace {
  const axes = dimensionsOf(template.parameters);
  const fullSize = axes.reduce((n, a) => n * a.size, 1);
  const key = hash32(template.key);

  const decode = (index: number): ParamValues => {
    const values: ParamValues = {};
    let rest = index;
    for (const dimension of axes) {
      const j = rest % dimension.size;
      for (const axis of dimension.axes) values[axis.spec.name] = axis.at(j);
      rest = Math.floor(rest / dimension.size);
    }
    return values;
  };
  const satisfies = (values: ParamValues) =>
    template.constraints.every((c) => OPS[c.op](resolveBinding(c.left, values), resolveBinding(c.right, values)));

  // With constraints on a small space, permute the valid points only, so that
  // skipping invalid draws can never make two seeds land on the same point.
  const valid = template.constraints.length && fullSize <= ENUMERATE_LIMIT ? Array.from({ length: fullSize }, (_, i) => i).filter((i) => satisfies(decode(i))) : null;
  if (valid && valid.length === 0) throw new Error("No parameter draw satisfies the constraints.");
  const size = valid ? valid.length : fullSize;
  const permute = size <= MAX_PERMUTED_SPACE ? affinePermutation(size, key) : null;

  return {
    size,
    draw(seed: number) {
      const s = Math.abs(Math.trunc(seed));
      if (!permute) {
        // Astronomically large spaces: independent seeded draws (repeats are vanishingly rare).
        const random = mulberry32(s ^ key);
        for (let attempt = 0; attempt < 1000; attempt++) {
          const values: ParamValues = {};
          for (const dimension of axes) {
            const j = Math.floor(random() * dimension.size);
            for (const axis of dimension.axes) values[axis.spec.name] = axis.at(j);
          }
          if (satisfies(values)) return { values, index: -1 };
        }
        throw new Error("No parameter draw satisfies the constraints.");
      }
      if (valid) {
        const index = valid[permute(s % size)]!;
        return { values: decode(index), index };
      }
      for (let step = 0; step < Math.min(size, 100_000); step++) {
        const index = permute((s + step) % size);
        const values = decode(index);
        if (satisfies(values)) return { values, index };
      }
      throw new Error("No parameter draw satisfies the constraints.");
    },
  };
}
