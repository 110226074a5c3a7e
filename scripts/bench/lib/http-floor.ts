import { formatLatency, latencyOf } from "./latency";
import { printCosts, startCostMeter, type CostProbes } from "./request-costs";

/**
 * The stack's floor, measured on the same server in the same run: GET /api/health is a request
 * that does nothing of its own beyond one `SELECT 1` (routing, the entry wrapper, one round trip
 * through the pool, a small JSON reply; no session). No request of the app can be cheaper, so its
 * rate bounds what any path's share of the database's rate can reach on this machine.
 */
export async function measureHttpFloor(base: string, probes: CostProbes, clients: number, perClient: number): Promise<{ label: string; clients: number; rps: number; p50: number }> {
  const label = `HTTP floor (GET /api/health), ${clients} client${clients > 1 ? "s" : ""}`;
  const once = async () => {
    const res = await fetch(`${base}/api/health`);
    if (res.status !== 200) throw new Error(`GET /api/health: unexpected ${res.status}`);
    await res.arrayBuffer();
  };
  for (let i = 0; i < 20; i++) await once();
  const samples: number[] = [];
  const costs = await startCostMeter(probes);
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = 0; i < perClient; i++) {
        const started = performance.now();
        await once();
        samples.push(performance.now() - started);
      }
    }),
  );
  const rps = (samples.length / (performance.now() - t0)) * 1000;
  const latency = latencyOf(samples);
  console.log(`${label.padEnd(48)} ${formatLatency(latency, 7, "p99")}  ${rps.toFixed(0)} req/s`);
  printCosts(await costs.perRequest(samples.length));
  return { label, clients, rps, p50: latency.p50 };
}
