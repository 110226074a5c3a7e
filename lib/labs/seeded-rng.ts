import { mulberry32 } from "@/lib/random/seeded-random";

/** A seeded generator with the draws the labs need: uniform, normal (Box–Muller), integers. */
export function makeRng(seed: number) {
  const uniform = mulberry32(seed);
  return {
    uniform,
    normal(): number {
      const u = Math.max(uniform(), 1e-12);
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
    },
    int(maxExclusive: number): number {
      return Math.floor(uniform() * maxExclusive);
    },
  };
}
export type Rng = ReturnType<typeof makeRng>;
