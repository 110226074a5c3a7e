import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { printCpuProfileSummary } from "./cpu-profile-summary";
import { processTreeCpuMs } from "./process-cpu";
import { countStatements, resetStatementStats, topStatements } from "./statement-stats";

/** What a phase's cost is read from: the app's database, the server's process and PostgreSQL's postmaster. */
export type CostProbes = { url: string; serverPid: number; postgresPid: number };
export type RequestCosts = { statements: number; serverCpuMs: number; postgresCpuMs: number; top: Awaited<ReturnType<typeof topStatements>>; requests: number };

/** Starts counting a phase's statements and CPU time; `perRequest` divides them by the requests made. */
export async function startCostMeter(probes: CostProbes): Promise<{ perRequest(requests: number): Promise<RequestCosts> }> {
  await resetStatementStats(probes.url);
  const server = processTreeCpuMs(probes.serverPid);
  const postgres = processTreeCpuMs(probes.postgresPid);
  return {
    async perRequest(requests) {
      const statements = await countStatements(probes.url);
      return {
        requests,
        top: await topStatements(probes.url),
        statements: statements / requests,
        serverCpuMs: (processTreeCpuMs(probes.serverPid) - server) / requests,
        postgresCpuMs: (processTreeCpuMs(probes.postgresPid) - postgres) / requests,
      };
    },
  };
}

export function printCosts(c: RequestCosts): void {
  console.log(`${"".padEnd(48)} per request: ${c.statements.toFixed(1)} SQL statements, CPU ${c.serverCpuMs.toFixed(2)} ms in the server and ${c.postgresCpuMs.toFixed(2)} ms in PostgreSQL`);
  if (process.env.BENCH_STATEMENTS !== "1") return;
  // Execution time inside PostgreSQL per request, by statement (BENCH_STATEMENTS=1).
  for (const t of c.top) console.log(`${"".padEnd(52)} ${(t.totalMs / c.requests).toFixed(2).padStart(6)} ms/request  ${t.meanMs.toFixed(2).padStart(6)} ms × ${String(t.calls).padStart(5)}  ${t.query}`);
}

/** With BENCH_CPU_PROFILE=1, the server's profile (written when it stopped), summarised. */
export function printNewestCpuProfile(): void {
  if (process.env.BENCH_CPU_PROFILE !== "1") return;
  const dir = path.join(process.cwd(), ".data", "bench", "profiles");
  if (!existsSync(dir)) return console.log("no CPU profile was written");
  const newest = readdirSync(dir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .map((f) => path.join(dir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (newest) printCpuProfileSummary(newest);
}
