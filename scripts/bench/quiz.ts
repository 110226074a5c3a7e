// `npm run bench:quiz`: p50/p95/p99 of "submit answer → feedback" against the production
// server (next start on the production build), with 1 and 64 concurrent students, each phase's
// SQL statements and CPU time per request, and the rate beside PostgreSQL's own in the same run.
// Uses a fresh database in its own embedded cluster; run `next build` first (it is run for you
// when no build exists). BENCH_CPU_PROFILE=1 adds the server's CPU profile, summarised.
import { TOPICS } from "@/lib/topics/topic-list";
import { builtInTemplates } from "@/lib/topics/built-in-templates";
import { getDb } from "@/lib/server/db";
import { createFirstAdmin } from "@/lib/server/data/accounts/create-first-admin";
import { registerUser } from "@/lib/server/data/accounts/register-user";
import { seedTemplates } from "@/lib/server/data/templates/seed-templates";
import { seedTopics } from "@/lib/server/data/topics/seed-topics";
import { startTopicQuiz } from "@/lib/server/data/attempts/start-topic-quiz";
import { prepareBenchDatabase, startBenchServer } from "./lib/bench-server";
import { formatLatency, latencyOf } from "./lib/latency";
import { compareWithPgBaseline } from "./lib/pg-baseline";
import { measureHttpFloor } from "./lib/http-floor";
import { printCosts, printNewestCpuProfile, startCostMeter } from "./lib/request-costs";
import { signIn } from "./lib/sign-in";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;
/** Students per phase: warm-up, one at a time, then 64 at once; each answers each of their 30 questions once. */
const WARM_UP = 2;
const SEQUENTIAL = 8;
const CONCURRENT = 64;
const STUDENTS = WARM_UP + SEQUENTIAL + CONCURRENT;
const PASSWORD = "benchmark password";

type Student = { cookie: string; attemptId: string; next: number; count: number };

async function submit(s: Student): Promise<number> {
  const position = s.next++ % s.count;
  const started = performance.now();
  const res = await fetch(`${BASE}/api/attempts/${s.attemptId}/answers`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: s.cookie },
    body: JSON.stringify({ position, response: { kind: "numeric", text: "42" }, idempotencyKey: `bench-${s.attemptId}-${position}` }),
  });
  await res.arrayBuffer();
  const ms = performance.now() - started;
  // Answering a question twice is refused (409) after the first time, on purpose: only 200s count.
  if (res.status !== 200) throw new Error(`unexpected ${res.status}`);
  return ms;
}

function report(label: string, samples: number[], wallMs: number): { rps: number; p50: number } {
  const latency = latencyOf(samples);
  const rps = (samples.length / wallMs) * 1000;
  console.log(`${label.padEnd(48)} ${formatLatency(latency, 7, "p99")}  ${rps.toFixed(0)} req/s`);
  return { rps, p50: latency.p50 };
}

async function main(): Promise<void> {
  const { cluster, url } = await prepareBenchDatabase("quizformer_bench", { statementStats: true });
  let server: { pid: number; stop(): Promise<void> } | undefined;
  try {
    await seedTopics(TOPICS);
    await seedTemplates(builtInTemplates());
    await createFirstAdmin({ name: "Bench Admin", email: "admin@bench.test", password: PASSWORD });

    server = await startBenchServer(url, PORT);
    const probes = { url, serverPid: server.pid, postgresPid: cluster.pid() };
    // 30 questions per student: each question is answered once.
    const students: Student[] = [];
    for (let i = 0; i < STUDENTS; i++) {
      const email = `student${i}@bench.test`;
      const { id } = await registerUser({ name: `Student ${i}`, email, password: PASSWORD });
      const { attemptId } = await startTopicQuiz({ id, role: "STUDENT" }, { topic: TOPICS[i % TOPICS.length]!.slug, count: 30 }, new Date());
      students.push({ cookie: await signIn(BASE, email, PASSWORD), attemptId, next: 0, count: 30 });
    }
    console.log(`${STUDENTS} students, each in a 30-question topic quiz`);
    // Warm up the server's code paths (first requests compile and fill caches).
    for (const s of students.slice(0, WARM_UP)) for (let i = 0; i < 5; i++) await submit(s);

    const rates: { label: string; clients: number; rps: number; p50: number }[] = [];
    const sequential: number[] = [];
    let costs = await startCostMeter(probes);
    let t0 = performance.now();
    for (let i = 0; i < 200; i++) sequential.push(await submit(students[WARM_UP + (i % SEQUENTIAL)]!));
    const one = report("HTTP submit answer → feedback, 1 client", sequential, performance.now() - t0);
    printCosts(await costs.perRequest(sequential.length));
    rates.push({ label: "HTTP submit answer → feedback, 1 client", clients: 1, ...one });

    const concurrent: number[] = [];
    costs = await startCostMeter(probes);
    t0 = performance.now();
    await Promise.all(
      students.slice(WARM_UP + SEQUENTIAL).map(async (s) => {
        for (let i = 0; i < 25; i++) concurrent.push(await submit(s));
      }),
    );
    const many = report(`HTTP submit answer → feedback, ${CONCURRENT} clients`, concurrent, performance.now() - t0);
    printCosts(await costs.perRequest(concurrent.length));
    rates.push({ label: `HTTP submit answer → feedback, ${CONCURRENT} clients`, clients: CONCURRENT, ...many });
    for (const clients of [1, CONCURRENT]) rates.push(await measureHttpFloor(BASE, probes, clients, clients === 1 ? 200 : 25));
    await compareWithPgBaseline(cluster, rates);
  } finally {
    await server?.stop();
    await getDb().$disconnect();
    await cluster.stop();
  }
  printNewestCpuProfile();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
