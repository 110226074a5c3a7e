// `npm run bench:import`: a question-bank import at the 5 MB limit, called in-process on a fresh
// database in its own embedded cluster, while a health probe runs beside it. The probe does
// what GET /api/health does (checkDatabase: a round trip through the app's pool), once every
// 50 ms, and each latency counts from when the probe was due: a blocked event loop delays it
// like it would delay a request, and a starved pool shows as a slow round trip.
import { setTimeout as sleep } from "node:timers/promises";
import { TOPICS } from "@/lib/topics/topic-list";
import { builtInTemplates } from "@/lib/topics/built-in-templates";
import { MAX_IMPORT_BYTES } from "@/lib/gift/upload-limit";
import { getDb } from "@/lib/server/db";
import { checkDatabase } from "@/lib/server/data/instance/check-database";
import { createFirstAdmin } from "@/lib/server/data/accounts/create-first-admin";
import { importGift } from "@/lib/server/data/import-export/import-gift";
import type { ImportProgress } from "@/lib/server/data/import-export/import-progress";
import { importJson } from "@/lib/server/data/import-export/import-json";
import { seedTemplates } from "@/lib/server/data/templates/seed-templates";
import { seedTopics } from "@/lib/server/data/topics/seed-topics";
import { largeGiftFile, largeJsonExport } from "../../test/fixtures/large-import-files";
import { freshBenchDatabase } from "./lib/bench-server";
import { formatLatency, latencyOf } from "./lib/latency";

const DB_NAME = "quizformer_bench_import";
const PROBE_EVERY_MS = 50;

/** Probes the database like /api/health until `stop` resolves; returns each latency in ms. */
async function probeHealth(stop: Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  let done = false;
  void stop.finally(() => (done = true));
  let due = performance.now();
  while (!done) {
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const result = await checkDatabase();
    if (!result.ok) throw new Error("health check failed (the reason is in the log above)");
    samples.push(performance.now() - due);
    due = Math.max(due + PROBE_EVERY_MS, performance.now());
  }
  return samples;
}

function describe(samples: number[]): string {
  return samples.length ? formatLatency(latencyOf(samples)) : "no samples";
}

type Work = (onProgress: (p: ImportProgress) => void) => Promise<{ ok: boolean; summary: string }>;

async function measure(label: string, work: Work): Promise<void> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  // When each phase reported first and last: how long parsing, checking and writing took.
  const phases = new Map<ImportProgress["phase"], { first: number; last: number; total: number }>();
  const onProgress = (p: ImportProgress) => {
    const now = performance.now();
    const phase = phases.get(p.phase) ?? { first: now, last: now, total: p.total };
    phases.set(p.phase, { ...phase, last: now, total: p.total });
  };
  const run = work(onProgress).then(
    (r) => ({ ...r, ms: performance.now() - started }),
    (error: unknown) => ({ ok: false, summary: `threw ${error instanceof Error ? `${error.name}: ${error.message.split("\n")[0]}` : String(error)}`, ms: performance.now() - started }),
  );
  const health = await probeHealth(run);
  const result = await run;
  const used = process.cpuUsage(cpu);
  console.log(`${label}: ${result.ok ? "ok" : "FAILED"} in ${(result.ms / 1000).toFixed(1)} s (${((used.user + used.system) / 1e6).toFixed(1)} s CPU in this process) — ${result.summary}`);
  let previous = started;
  for (const [phase, { last, total }] of phases) {
    console.log(`  ${phase.padEnd(6)} ${String(total).padStart(7)} items  ${((last - previous) / 1000).toFixed(1).padStart(5)} s`);
    previous = last;
  }
  console.log(`  health during the import   ${describe(health)}`);
}

async function main(): Promise<void> {
  const { cluster } = await freshBenchDatabase("bench-import-postgres", DB_NAME);
  try {
    await seedTopics(TOPICS);
    await seedTemplates(builtInTemplates());
    const admin = await createFirstAdmin({ name: "Bench Admin", email: "admin@bench.test", password: "benchmark password" });
    const actor = { id: admin.id, role: "ADMIN" as const };

    const gift = largeGiftFile(MAX_IMPORT_BYTES);
    const json = largeJsonExport(MAX_IMPORT_BYTES);
    const mb = (text: string) => (new TextEncoder().encode(text).length / (1024 * 1024)).toFixed(2);

    const idleDone = sleep(3000);
    console.log(`health while idle             ${describe(await probeHealth(idleDone))}`);

    await measure(`GIFT import, ${mb(gift.text)} MB, ${gift.questions} questions`, async (onProgress) => {
      const r = await importGift(actor, { text: gift.text, defaultTopic: "rope" }, onProgress);
      return r.ok ? { ok: true, summary: `${r.report.created} created` } : { ok: false, summary: `${r.errors.length} errors, first: ${JSON.stringify(r.errors[0])}` };
    });
    await measure(`JSON import, ${mb(json.text)} MB, ${json.templates} templates`, async (onProgress) => {
      const r = await importJson(actor, { text: json.text }, onProgress);
      return r.ok ? { ok: true, summary: `${r.report.created} created` } : { ok: false, summary: `${r.errors.length} errors, first: ${JSON.stringify(r.errors[0])}` };
    });
  } finally {
    await getDb().$disconnect();
    await cluster.stop();
  }
}

await main();
