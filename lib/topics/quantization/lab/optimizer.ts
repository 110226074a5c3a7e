import { zerosLike, type Mlp, type Vec } from "./mlp";

export type OptimizerKind = "adam" | "sgd";

/**
 * Adam (Kingma & Ba, arXiv 1412.6980) with the usual β₁ = 0.9, β₂ = 0.999,
 * ε = 1e-8 and bias correction, or plain SGD with momentum 0.9. Returns a
 * `step(model, grad)` that updates the model in place.
 */
export function makeOptimizer(kind: OptimizerKind, learningRate: number, model: Mlp) {
  const m = zerosLike(model);
  const v = zerosLike(model);
  let t = 0;
  const beta1 = 0.9;
  const beta2 = 0.999;
  const eps = 1e-8;

  function update(param: Vec, g: Vec, mBuf: Vec, vBuf: Vec, c1: number, c2: number) {
    for (let i = 0; i < param.length; i++) {
      const gi = g[i]!;
      if (kind === "sgd") {
        mBuf[i] = 0.9 * mBuf[i]! + gi;
        param[i]! -= learningRate * mBuf[i]!;
      } else {
        mBuf[i] = beta1 * mBuf[i]! + (1 - beta1) * gi;
        vBuf[i] = beta2 * vBuf[i]! + (1 - beta2) * gi * gi;
        param[i]! -= (learningRate * (mBuf[i]! / c1)) / (Math.sqrt(vBuf[i]! / c2) + eps);
      }
    }
  }

  return {
    step(target: Mlp, grad: Mlp) {
      t++;
      const c1 = 1 - beta1 ** t;
      const c2 = 1 - beta2 ** t;
      target.layers.forEach((layer, l) => {
        update(layer.w, grad.layers[l]!.w, m.layers[l]!.w, v.layers[l]!.w, c1, c2);
        update(layer.b, grad.layers[l]!.b, m.layers[l]!.b, v.layers[l]!.b, c1, c2);
      });
    },
  };
}
