// The SQL a data function sends, captured from the Prisma client and re-run under EXPLAIN
// (ANALYZE, BUFFERS), with the scans it does: for benchmarks that must prove their queries use
// indexes. Shared by the benchmarks that replay data functions.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/server/db";

// ── The Prisma client, with its queries captured while a function is being explained ──────────

type Captured = { query: string; params: unknown[] };
const captured: Captured[] = [];
let capturing = false;

/**
 * Installs the process's Prisma client (the one `getDb()` returns, see lib/server/db.ts) with
 * query events on, so the benchmark can replay exactly the SQL a data function sends.
 */
export function installCapturingClient(url: string): void {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }), log: [{ emit: "event", level: "query" }] });
  client.$on("query", (event) => {
    if (capturing) captured.push({ query: event.query, params: JSON.parse(event.params) as unknown[] });
  });
  (globalThis as unknown as { quizformerPrisma?: unknown }).quizformerPrisma = client;
}

export type Scan = { kind: string; index: string | null; table: string };
export type PlanSummary = { sql: string; ms: number; scans: Scan[]; plan: string };

function scansOf(plan: string): Scan[] {
  const scans: Scan[] = [];
  for (const match of plan.matchAll(/(?<!Bitmap )(Seq Scan|Parallel Seq Scan|Index Only Scan|Index Scan|Bitmap Heap Scan)(?: Backward)?(?: using "?([\w]+)"?)? on "?(\w+)"?/g)) {
    scans.push({ kind: match[1]!, index: match[2] ?? null, table: match[3]! });
  }
  for (const match of plan.matchAll(/Bitmap Index Scan on "?(\w+)"?/g)) scans.push({ kind: "Bitmap Index Scan", index: match[1]!, table: "" });
  return scans;
}

/** What a result holds, briefly: its arrays' lengths, so a run shows the functions returned real data. */
function shape(value: unknown): string {
  if (Array.isArray(value)) return `${value.length} rows`;
  if (typeof value !== "object" || value === null) return String(value);
  return Object.entries(value)
    .map(([k, v]) => (Array.isArray(v) ? `${k}: ${v.length}` : typeof v === "object" && v !== null ? `${k}: {…}` : `${k}: ${String(v)}`))
    .join(", ");
}

/** Runs `work` once with the Prisma client's queries captured, and EXPLAINs each SELECT it sent. */
export async function explainCall(label: string, work: () => Promise<unknown>, largeTables: readonly string[]): Promise<PlanSummary[]> {
  captured.length = 0;
  capturing = true;
  let result: unknown;
  try {
    result = await work();
  } finally {
    capturing = false;
  }
  const statements = captured.filter((c) => /^\s*\(?\s*(SELECT|WITH)\b/i.test(c.query));
  console.log(`\n══ ${label}: ${statements.length} statement${statements.length === 1 ? "" : "s"}; result ${shape(result)}`);
  const summaries: PlanSummary[] = [];
  for (const { query, params } of statements) {
    const rows = await getDb().$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${query}`, ...params);
    const plan = rows.map((r) => shortenArrays(r["QUERY PLAN"])).join("\n");
    const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? "NaN");
    const summary = { sql: query.replace(/\s+/g, " ").trim(), ms, scans: scansOf(plan), plan };
    summaries.push(summary);
    const large = summary.scans.some((s) => largeTables.includes(s.table));
    console.log(`\n── ${summary.sql.slice(0, 150)}${summary.sql.length > 150 ? "…" : ""}`);
    console.log(`   execution ${ms.toFixed(2)} ms; ${describeScans(summary.scans)}`);
    // The full plan only where the team's rows are looked up in the large tables.
    if (large) console.log(plan.replace(/^/gm, "   │ "));
  }
  return summaries;
}

/** The 200 member ids in a filter, shown as their first two and a count. */
function shortenArrays(line: string): string {
  return line.replace(/'\{([^}]{100,})\}'/g, (_, inner: string) => {
    const values = inner.split(",");
    return `'{${values.slice(0, 2).join(",")},… ${values.length} values}'`;
  });
}

export function describeScans(scans: readonly Scan[]): string {
  if (scans.length === 0) return "no table scans";
  const counts = new Map<string, number>();
  for (const s of scans) {
    if (s.kind === "Bitmap Heap Scan") continue;
    const key = s.index ? `${s.kind} ${s.index}` : `${s.kind} on ${s.table}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(", ");
}
