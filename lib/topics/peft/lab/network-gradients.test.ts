import { describe, expect, it } from "vitest";
import { makeRng } from "@/lib/labs/seeded-rng";
import { lossAndGrad, type Dataset } from "./forward-backward";
import { addAdapters, addLora, adapterParamList, allParams, baseParamList, loraParamList, makeNet, type Net, type Param } from "./network";

const shape = { inputDim: 3, width: 5, hiddenLayers: 2 };

function dataset(seed: number, n: number): Dataset {
  const rng = makeRng(seed);
  return {
    n,
    inputDim: shape.inputDim,
    x: Float64Array.from({ length: n * shape.inputDim }, () => rng.normal()),
    y: Float64Array.from({ length: n }, () => rng.normal()),
  };
}

/** B = 0 and a zero up-projection make some gradients vanish; random values exercise every path. */
function randomise(params: Param[], seed: number): void {
  const rng = makeRng(seed);
  for (const p of params) for (let i = 0; i < p.value.length; i++) p.value[i] = 0.6 * rng.normal();
}

/** Compares every analytic gradient entry of `params` with a central difference of the loss. */
function expectGradientsMatch(net: Net, params: Param[], data: Dataset): void {
  const rows = Array.from({ length: data.n }, (_, i) => i);
  lossAndGrad(net, data, rows);
  const analytic = params.map((p) => Float64Array.from(p.grad));
  const h = 1e-5;
  let checked = 0;
  params.forEach((p, k) => {
    for (let i = 0; i < p.value.length; i++) {
      const saved = p.value[i]!;
      p.value[i] = saved + h;
      const up = lossAndGrad(net, data, rows);
      p.value[i] = saved - h;
      const down = lossAndGrad(net, data, rows);
      p.value[i] = saved;
      const numeric = (up - down) / (2 * h);
      const g = analytic[k]![i]!;
      const relative = Math.abs(g - numeric) / Math.max(Math.abs(g) + Math.abs(numeric), 1e-6);
      expect(relative, `${p.name}[${i}]: analytic ${g}, numeric ${numeric}`).toBeLessThan(1e-4);
      checked += 1;
    }
  });
  expect(checked).toBeGreaterThan(0);
}

describe("gradients against central differences (float64)", () => {
  const data = dataset(7, 4);

  it("full fine-tuning: every weight and bias of the plain MLP", () => {
    const net = makeNet(shape, makeRng(1));
    randomise(allParams(net), 11);
    expectGradientsMatch(net, allParams(net), data);
  });

  it("LoRA: ∂loss/∂A and ∂loss/∂B (B non-zero, α/r ≠ 1)", () => {
    const net = addLora(makeNet(shape, makeRng(2)), 2, 3, makeRng(3));
    randomise(loraParamList(net), 12);
    expect(net.lora![0]!.scale).toBe(1.5);
    expectGradientsMatch(net, loraParamList(net), data);
  });

  it("LoRA at B = 0: ∂loss/∂A is zero and ∂loss/∂B is not, as the paper's initialisation implies", () => {
    const net = addLora(makeNet(shape, makeRng(2)), 2, 3, makeRng(3));
    lossAndGrad(net, data, [0, 1, 2, 3]);
    expect(net.lora!.every((p) => p.a.grad.every((g) => g === 0))).toBe(true);
    expect(net.lora!.some((p) => p.b.grad.some((g) => g !== 0))).toBe(true);
    expectGradientsMatch(net, loraParamList(net), data);
  });

  it("adapter: down- and up-projection weights and biases", () => {
    const net = addAdapters(makeNet(shape, makeRng(4)), 2, makeRng(5));
    randomise(adapterParamList(net), 13);
    expectGradientsMatch(net, adapterParamList(net), data);
  });

  it("base weights still get correct gradients through LoRA and adapters together", () => {
    const net = addAdapters(addLora(makeNet(shape, makeRng(6)), 2, 4, makeRng(7)), 3, makeRng(8));
    randomise([...loraParamList(net), ...adapterParamList(net)], 14);
    expectGradientsMatch(net, baseParamList(net), data);
  });
});
