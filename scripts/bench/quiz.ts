// `npm run bench:quiz`: p50/p95 of "submit answer → feedback" against the production
// server (next start on the production build), sequentially and with concurrent
// students. Uses a fresh database in its own embedded cluster; run `next build` first
// (it is run for you when no build exists).
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
import { signIn } from "./lib/sign-in";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;
const STUDENTS = 20;
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

function report(label: string, samples: number[], wallMs: number): void {
  console.log(`${label.padEnd(28)} ${formatLatency(latencyOf(samples), 6)}  ${((samples.length / wallMs) * 1000).toFixed(0)} req/s`);
}

async function main(): Promise<void> {
  const { cluster, url } = await prepareBenchDatabase("quizformer_bench");
  let server: { stop(): Promise<void> } | undefined;
  try {
    await seedTopics(TOPICS);
    await seedTemplates(builtInTemplates());
    await createFirstAdmin({ name: "Bench Admin", email: "admin@bench.test", password: PASSWORD });

    server = await startBenchServer(url, PORT);
    // 30 questions per student, 20 students: each question is answered once.
    const students: Student[] = [];
    for (let i = 0; i < STUDENTS; i++) {
      const email = `student${i}@bench.test`;
      const { id } = await registerUser({ name: `Student ${i}`, email, password: PASSWORD });
      const { attemptId } = await startTopicQuiz({ id, role: "STUDENT" }, { topic: TOPICS[i % TOPICS.length]!.slug, count: 30 }, new Date());
      students.push({ cookie: await signIn(BASE, email, PASSWORD), attemptId, next: 0, count: 30 });
    }
    // Warm up the server's code paths (first requests compile and fill caches).
    for (const s of students.slice(0, 2)) for (let i = 0; i < 5; i++) await submit(s);

    const sequential: number[] = [];
    let t0 = performance.now();
    for (let i = 0; i < 200; i++) sequential.push(await submit(students[2 + (i % 8)]!));
    report("sequential (1 student)", sequential, performance.now() - t0);

    const concurrent: number[] = [];
    t0 = performance.now();
    await Promise.all(
      students.slice(10).map(async (s) => {
        for (let i = 0; i < 25; i++) concurrent.push(await submit(s));
      }),
    );
    report(`concurrent (${STUDENTS - 10} students)`, concurrent, performance.now() - t0);
  } finally {
    await server?.stop();
    await getDb().$disconnect();
    await cluster.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
