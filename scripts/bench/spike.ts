// `npm run bench:spike`: an exam starts. 500 students, created in bulk and signed in beforehand,
// each press "Start quiz" on the same published, timed quiz at a random moment within 10 seconds
// (the real server action, whose answer carries the attempt page it redirects to), then submit
// their first answer. Reports errors (any is a failure), p50/p95/p99 of the start and of the first
// answer, and what PostgreSQL's backends waited on, sampled from pg_stat_activity during the run.
// Runs against the production server on a fresh database in its own embedded cluster.
import { readFileSync } from "node:fs";
import path from "node:path";
import { TOPICS } from "@/lib/topics/topic-list";
import { builtInTemplates } from "@/lib/topics/built-in-templates";
import { getDb } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/auth/password";
import { createFirstAdmin } from "@/lib/server/data/accounts/create-first-admin";
import { seedTemplates } from "@/lib/server/data/templates/seed-templates";
import { seedTopics } from "@/lib/server/data/topics/seed-topics";
import { saveQuiz } from "@/lib/server/data/quizzes/save-quiz";
import { publishQuiz } from "@/lib/server/data/quizzes/publish-quiz";
import { prepareBenchDatabase, startBenchServer } from "./lib/bench-server";
import { formatLatency, latencyOf } from "./lib/latency";
import { signIn } from "./lib/sign-in";
import { printWaitEvents, sampleWaitEvents } from "./lib/wait-events";
import { printCosts, printNewestCpuProfile, startCostMeter } from "./lib/request-costs";

const PORT = Number(process.env.BENCH_PORT ?? 3202);
const BASE = `http://127.0.0.1:${PORT}`;
const STUDENTS = Number(process.env.BENCH_SPIKE_STUDENTS ?? 500);
const WINDOW_MS = 10_000;
const PASSWORD = "benchmark password";

/** The action id of "Start quiz", from the production build's manifest of server actions. */
function startQuizActionId(): string {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, e]) => e.exportedName === "startQuizAction" && e.filename?.split(path.sep).join("/").endsWith("quizzes/actions.ts"));
  if (!entry) throw new Error("startQuizAction is not in the build's server-reference manifest");
  return entry[0];
}

type Outcome = { startMs: number; answerMs: number } | { error: string };

/** One student: start (as the browser's form does: FormData outlined as React encodes it), then answer question 1. */
async function takeQuiz(cookie: string, actionId: string, quizId: string, student: number): Promise<Outcome> {
  const body = new FormData();
  // React's encoding: the form's fields under "_1_", then the arguments at "0" (last: the server resolves them when "0" arrives).
  body.set("_1_quizId", quizId);
  body.set("0", JSON.stringify([null, "$K1"]));
  let started = performance.now();
  const start = await fetch(`${BASE}/quizzes`, { method: "POST", redirect: "manual", headers: { cookie, "next-action": actionId, accept: "text/x-component", origin: BASE }, body });
  await start.arrayBuffer();
  const startMs = performance.now() - started;
  const location = start.headers.get("x-action-redirect")?.split(";")[0] ?? "";
  const attemptId = /^\/attempts\/([^/?#]+)$/.exec(location)?.[1];
  // The redirect to the attempt comes as a header, with the attempt page's payload in the body (200) or without it (303).
  if ((start.status !== 200 && start.status !== 303) || !attemptId) return { error: `start: ${start.status} ${location || "(no redirect)"}` };

  started = performance.now();
  const answer = await fetch(`${BASE}/api/attempts/${attemptId}/answers`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ position: 0, response: { kind: "numeric", text: "42" }, idempotencyKey: `spike-${student}-first` }),
  });
  await answer.arrayBuffer();
  const answerMs = performance.now() - started;
  if (answer.status !== 200) return { error: `answer: ${answer.status}` };
  return { startMs, answerMs };
}

/** Runs `work` over `items` with at most `limit` at a time. */
async function inBatches<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]!);
      }
    }),
  );
  return results;
}

async function main(): Promise<void> {
  const { cluster, url } = await prepareBenchDatabase("quizformer_bench_spike", { statementStats: true });
  let server: { pid: number; stop(): Promise<void> } | undefined;
  try {
    const templates = builtInTemplates();
    await seedTopics(TOPICS);
    await seedTemplates(templates);
    const admin = await createFirstAdmin({ name: "Bench Admin", email: "admin@bench.test", password: PASSWORD });
    const actor = { id: admin.id, role: "ADMIN" as const };
    // A fixed numeric question first (every student answers it), then random draws from one topic,
    // which make every start choose among the least-seen templates at the same moment.
    const first = templates.find((t) => t.kind === "numeric" && t.topic === "sliding-window-attention")!;
    const { id: quizId } = await saveQuiz(actor, {
      title: "Midterm",
      description: "",
      topic: "",
      feedbackMode: "DEFERRED",
      timeLimitMinutes: 30,
      maxAttempts: 1,
      shuffleQuestions: false,
      shuffleChoices: true,
      opensAt: "",
      closesAt: "",
      passPercent: 50,
      gradingMethod: "HIGHEST",
      items: [
        { type: "template", templateKey: first.key, marks: 1 },
        { type: "draw", topic: "sliding-window-attention", tag: "", difficulty: "", count: 9, marks: 1 },
      ],
    });
    await publishQuiz(actor, { quizId, audience: "everyone", teamIds: [], teamWindows: {} }, new Date());

    // Students in bulk: one password hash for all, one insert.
    const passwordHash = await hashPassword(PASSWORD);
    const emails = Array.from({ length: STUDENTS }, (_, i) => `student${i}@bench.test`);
    await getDb().user.createMany({ data: emails.map((email, i) => ({ email, name: `Student ${i}`, passwordHash })) });

    server = await startBenchServer(url, PORT);
    let t0 = performance.now();
    const cookies = await inBatches(emails, 4, (email) => signIn(BASE, email, PASSWORD));
    console.log(`${STUDENTS} students created and signed in (${((performance.now() - t0) / 1000).toFixed(1)} s); a published 10-question quiz, 30 minutes, one attempt`);
    const actionId = startQuizActionId();

    const costs = await startCostMeter({ url, serverPid: server.pid, postgresPid: cluster.pid() });
    const waits = sampleWaitEvents(url);
    t0 = performance.now();
    const outcomes = await Promise.all(
      cookies.map(
        (cookie, i) =>
          new Promise<Outcome>((resolve) => {
            setTimeout(() => takeQuiz(cookie, actionId, quizId, i).then(resolve, (e: unknown) => resolve({ error: e instanceof Error ? e.message : String(e) })), Math.random() * WINDOW_MS);
          }),
      ),
    );
    const wallMs = performance.now() - t0;
    const events = await waits.stop();
    const perStudent = await costs.perRequest(STUDENTS);

    const ok = outcomes.flatMap((o) => ("error" in o ? [] : [o]));
    const errors = outcomes.flatMap((o) => ("error" in o ? [o.error] : []));
    console.log(`${STUDENTS} starts spread over ${WINDOW_MS / 1000} s, all done after ${(wallMs / 1000).toFixed(1)} s`);
    console.log(`errors: ${errors.length}`);
    const byMessage = new Map<string, number>();
    for (const e of errors) byMessage.set(e, (byMessage.get(e) ?? 0) + 1);
    for (const [message, n] of byMessage) console.log(`  ${n} × ${message}`);
    if (ok.length > 0) {
      console.log(`${"start quiz (action + attempt page)".padEnd(40)} ${formatLatency(latencyOf(ok.map((o) => o.startMs)), 7, "p99")}`);
      console.log(`${"first answer".padEnd(40)} ${formatLatency(latencyOf(ok.map((o) => o.answerMs)), 7, "p99")}`);
    }
    const [attempts] = await getDb().$queryRaw<{ attempts: number; answered: number }[]>`
      SELECT (SELECT COUNT(*)::int FROM "Attempt" WHERE "quizId" = ${quizId}) AS attempts,
             (SELECT COUNT(*)::int FROM "AttemptQuestion" q JOIN "Attempt" a ON a."id" = q."attemptId" WHERE a."quizId" = ${quizId} AND q."answeredAt" IS NOT NULL) AS answered`;
    console.log(`in the database: ${attempts!.attempts} attempts, ${attempts!.answered} answers`);
    console.log("per student (a start and a first answer):");
    printCosts(perStudent);
    printWaitEvents(events);
    if (errors.length > 0 || attempts!.attempts !== STUDENTS || attempts!.answered !== STUDENTS) process.exitCode = 1;
  } finally {
    await server?.stop();
    await getDb().$disconnect();
    await cluster.stop();
  }
  printNewestCpuProfile();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
