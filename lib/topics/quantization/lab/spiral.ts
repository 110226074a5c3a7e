import type { Rng } from "@/lib/labs/seeded-rng";

/** Points in the plane with a class label; `x` holds (x₀, y₀, x₁, y₁, …). */
export type Dataset = { x: Float32Array; y: Int32Array; n: number };

export const SPIRAL_CLASSES = 3;

/**
 * The classic three-arm spiral (as in the CS231n notes): arm k sweeps the angle
 * from 4k to 4(k + 1) radians while the radius grows from 0 to 1, with Gaussian
 * jitter on the angle. No straight line separates the arms, so the network has
 * to learn curved boundaries — which is what makes its weights worth quantizing.
 */
export function makeSpiral(pointsPerClass: number, noise: number, rng: Rng): Dataset {
  const n = pointsPerClass * SPIRAL_CLASSES;
  const x = new Float32Array(2 * n);
  const y = new Int32Array(n);
  for (let k = 0; k < SPIRAL_CLASSES; k++) {
    for (let i = 0; i < pointsPerClass; i++) {
      const frac = pointsPerClass === 1 ? 0 : i / (pointsPerClass - 1);
      const radius = frac;
      const angle = 4 * k + 4 * frac + noise * rng.normal();
      const j = k * pointsPerClass + i;
      x[2 * j] = radius * Math.sin(angle);
      x[2 * j + 1] = radius * Math.cos(angle);
      y[j] = k;
    }
  }
  return { x, y, n };
}

/** A seeded shuffle, then the first `testFraction` of the points become the test set. */
export function splitDataset(data: Dataset, testFraction: number, rng: Rng): { train: Dataset; test: Dataset } {
  const order = Array.from({ length: data.n }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const nTest = Math.round(data.n * testFraction);
  const pick = (indices: number[]): Dataset => {
    const x = new Float32Array(2 * indices.length);
    const y = new Int32Array(indices.length);
    indices.forEach((src, dst) => {
      x[2 * dst] = data.x[2 * src]!;
      x[2 * dst + 1] = data.x[2 * src + 1]!;
      y[dst] = data.y[src]!;
    });
    return { x, y, n: indices.length };
  };
  return { test: pick(order.slice(0, nTest)), train: pick(order.slice(nTest)) };
}
