import { describe, expect, it } from "vitest";
import { makeRng } from "@/lib/labs/seeded-rng";
import { createMlp, lossAndGradient, zerosLike, type Activation, type Mlp } from "./mlp";
import { makeSpiral } from "./spiral";

/** Central differences in float64 on every weight and bias of every layer. */
function gradientCheck(activation: Activation) {
  const rng = makeRng(3);
  const data = makeSpiral(6, 0.2, rng);
  const model: Mlp = createMlp([2, 5, 4, 3], activation, rng, true);
  // Non-zero biases, so their gradients are exercised too.
  for (const l of model.layers) for (let i = 0; i < l.b.length; i++) l.b[i] = 0.3 * rng.normal();
  const indices = Array.from({ length: data.n }, (_, i) => i);
  const grad = zerosLike(model);
  lossAndGradient(model, data, indices, grad);
  const scratch = zerosLike(model);
  const h = 1e-5;
  let worst = 0;
  let checked = 0;
  model.layers.forEach((layer, l) => {
    for (const key of ["w", "b"] as const) {
      const param = layer[key];
      for (let i = 0; i < param.length; i++) {
        const saved = param[i]!;
        param[i] = saved + h;
        const up = lossAndGradient(model, data, indices, scratch);
        param[i] = saved - h;
        const down = lossAndGradient(model, data, indices, scratch);
        param[i] = saved;
        const numeric = (up - down) / (2 * h);
        const analytic = grad.layers[l]![key][i]!;
        const rel = Math.abs(numeric - analytic) / Math.max(1e-8, Math.abs(numeric) + Math.abs(analytic));
        worst = Math.max(worst, rel);
        checked++;
      }
    }
  });
  return { worst, checked };
}

describe("MLP backprop", () => {
  it("matches central finite differences for every parameter (tanh)", () => {
    const { worst, checked } = gradientCheck("tanh");
    expect(checked).toBe(2 * 5 + 5 + 5 * 4 + 4 + 4 * 3 + 3);
    expect(worst).toBeLessThan(1e-6);
  });

  it("matches central finite differences for every parameter (ReLU)", () => {
    // Away from the kink at 0, ReLU is linear, so differences are exact up to rounding.
    expect(gradientCheck("relu").worst).toBeLessThan(1e-4);
  });
});
