import { percentile } from "./percentile";

/** Latency figures of one measured call: the sample count, nearest-rank percentiles and the worst. */
export type Latency = { n: number; p50: number; p95: number; p99: number; max: number };

export function latencyOf(samples: readonly number[]): Latency {
  const s = [...samples].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), max: s.at(-1) ?? Number.NaN };
}

/** `runs` timings (ms) of `work`, one after another, after `warmUp` untimed calls. */
export async function timeCalls(runs: number, work: () => Promise<unknown>, warmUp = 3): Promise<number[]> {
  for (let i = 0; i < warmUp; i++) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return samples;
}

/** "n=  40  p50    3.1 ms  p95    4.2 ms  max    5.0 ms", aligned for a column of rows. */
export function formatLatency(l: Latency, width = 7, last: "max" | "p99" = "max"): string {
  const ms = (v: number) => `${v.toFixed(1).padStart(width)} ms`;
  return `n=${String(l.n).padStart(4)}  p50 ${ms(l.p50)}  p95 ${ms(l.p95)}  ${last} ${ms(l[last])}`;
}
