// `npm run bench:review`: the flashcard review path against the production server (next start
// on the production build) on a fresh database in its own embedded cluster.
//  (a) "rate card → next card" over HTTP (POST /api/reviews) with 1, 16 and 64 concurrent
//      clients, each its own student with realistic decks, so no two clients rate the same card;
//  (b) the review queue of one student with 100,000 cards and 1,000,000 review log rows: the
//      EXPLAIN (ANALYZE, BUFFERS) of its queries, their times and the whole session's time, and
//      the statistics and progress data (their whole history) for the same student.
// Run `next build` first (it is run for you when no build exists).
import { Prisma } from "@/lib/generated/prisma/client";
import { TOPICS } from "@/lib/topics/topic-list";
import { BUILT_IN_CARD_INPUTS } from "@/lib/topics/built-in-cards";
import { builtInTemplates } from "@/lib/topics/built-in-templates";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";
import { createFirstAdmin } from "@/lib/server/data/accounts/create-first-admin";
import { registerUser } from "@/lib/server/data/accounts/register-user";
import { seedTemplates } from "@/lib/server/data/templates/seed-templates";
import { seedTopics } from "@/lib/server/data/topics/seed-topics";
import { addDeck } from "@/lib/server/data/flashcards/add-deck";
import { seedCards } from "@/lib/server/data/flashcards/seed-cards";
import { getReviewSession, type ReviewSession } from "@/lib/server/data/flashcards/get-review-session";
import { getReviewStats } from "@/lib/server/data/flashcards/get-review-stats";
import { getStudentProgress } from "@/lib/server/data/progress/get-student-progress";
import { dueCandidatesSql, newCandidatesSql, reviewedTodaySql } from "@/lib/server/data/flashcards/queue-candidates";
import { newCandidatePage, newCardsLeft } from "@/lib/flashcards/queue";
import { DEFAULT_FLASHCARD_SETTINGS } from "@/lib/flashcards/settings";
import type { SrsRating } from "@/lib/flashcards/card";
import { dayBounds } from "@/lib/time/day-bounds";
import { prepareBenchDatabase, startBenchServer } from "./lib/bench-server";
import { formatLatency, latencyOf, timeCalls, type Latency } from "./lib/latency";
import { compareWithPgBaseline } from "./lib/pg-baseline";
import { measureHttpFloor } from "./lib/http-floor";
import { printCosts, printNewestCpuProfile, startCostMeter, type CostProbes } from "./lib/request-costs";
import { signIn } from "./lib/sign-in";

const PORT = Number(process.env.BENCH_PORT ?? 3201);
const BASE = `http://127.0.0.1:${PORT}`;
const PASSWORD = "benchmark password";
/** Concurrency → rating requests per client. */
const PHASES: [clients: number, perClient: number][] = [
  [1, 300],
  [16, 60],
  [64, 30],
];
const BENCH_NOTES = 2_000;
const HEAVY_CARDS = 100_000;
const HEAVY_LOGS = 1_000_000;
const HEAVY_TIME_ZONE = "Europe/Berlin";

type Client = { cookie: string; current: ReviewSession["current"]; rated: number };

async function currentSession(cookie: string): Promise<ReviewSession> {
  const res = await fetch(`${BASE}/api/reviews`, { headers: { cookie } });
  if (res.status !== 200) throw new Error(`GET /api/reviews: unexpected ${res.status}`);
  return ((await res.json()) as { session: ReviewSession }).session;
}

/** Mostly "good", as in real reviewing, with some of each other rating. */
function ratingFor(i: number): SrsRating {
  const r = i % 10;
  return r === 0 ? "again" : r === 1 ? "hard" : r === 9 ? "easy" : "good";
}

/** Rates the card on screen and takes the next one from the response; returns the latency. */
async function rate(client: Client): Promise<number> {
  const card = client.current;
  if (!card) throw new Error("a client ran out of cards: give the bench students more due cards");
  const started = performance.now();
  const res = await fetch(`${BASE}/api/reviews`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: client.cookie },
    body: JSON.stringify({ studentCardId: card.studentCardId, expectedVersion: card.version, rating: ratingFor(client.rated), durationMs: 3_000 }),
  });
  const body = (await res.json()) as { session?: ReviewSession; error?: string };
  const ms = performance.now() - started;
  if (res.status !== 200 || !body.session) throw new Error(`POST /api/reviews: unexpected ${res.status} ${body.error ?? ""}`);
  client.current = body.session.current;
  client.rated++;
  return ms;
}

/** The route's answers other than 200, checked once against the real server before timing. */
async function checkErrorAnswers(mine: Client, other: Client): Promise<void> {
  const card = mine.current;
  if (!card) throw new Error("no card to check the error answers with");
  const post = (cookie: string | null, body: string) =>
    fetch(`${BASE}/api/reviews`, { method: "POST", headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) }, body });
  const valid = { studentCardId: card.studentCardId, expectedVersion: card.version, rating: "good", durationMs: 1_000 };
  const cases: [label: string, response: Promise<Response>, status: number][] = [
    ["no session", post(null, JSON.stringify(valid)), 401],
    ["malformed JSON", post(mine.cookie, "{"), 400],
    ["unknown rating", post(mine.cookie, JSON.stringify({ ...valid, rating: "meh" })), 400],
    ["stale version", post(mine.cookie, JSON.stringify({ ...valid, expectedVersion: card.version + 1 })), 409],
    ["another student's card", post(other.cookie, JSON.stringify(valid)), 404],
  ];
  for (const [label, response, status] of cases) {
    const res = await response;
    const body = await res.text();
    if (res.status !== status) throw new Error(`POST /api/reviews, ${label}: expected ${status}, got ${res.status} ${body}`);
  }
  console.log("POST /api/reviews answers 401 without a session, 400 for bad JSON or fields, 409 for a stale version, 404 for another student's card");
}


type Row = Latency & { label: string; rps: number | null };
let probes: CostProbes | null = null;
const summary: Row[] = [];

function record(label: string, samples: number[], wallMs: number | null): Row {
  const row = { label, ...latencyOf(samples), rps: wallMs === null ? null : (samples.length / wallMs) * 1000 };
  summary.push(row);
  const rps = row.rps === null ? "" : `  ${row.rps.toFixed(0)} req/s`;
  console.log(`${label.padEnd(48)} ${formatLatency(row, 7, "p99")}${rps}`);
  return row;
}


/** A topic of plain notes (10% in sibling pairs) for the HTTP students, written with one statement each. */
async function seedBenchDeck(): Promise<string> {
  const db = getDb();
  const topic = await db.topic.create({ data: { slug: "bench-deck", title: "Benchmark deck", summary: "Generated notes.", order: 90 }, select: { id: true } });
  await db.$executeRaw`
    INSERT INTO "CardNote" ("id", "key", "topicId", "kind", "content", "tags", "source", "contentHash", "builtIn", "updatedAt")
    SELECT 'bn' || lpad(g::text, 6, '0'), 'bench-' || lpad(g::text, 6, '0'), ${topic.id}, 'BASIC',
      jsonb_build_object('front', 'Question ' || g, 'back', 'Answer ' || g), '{}', '{}'::jsonb, md5(g::text), false, now()
    FROM generate_series(1, ${BENCH_NOTES}) g`;
  await db.$executeRaw`
    INSERT INTO "Card" ("id", "noteId", "ordinal", "siblingKey")
    SELECT 'bc' || lpad(g::text, 6, '0'), 'bn' || lpad(g::text, 6, '0'), 1, 'bench-' || (CASE WHEN g % 10 = 1 THEN g - 1 ELSE g END)
    FROM generate_series(1, ${BENCH_NOTES}) g`;
  return topic.id;
}

/**
 * Students who have studied for a while: every deck added, and in the generated deck 400 reviews
 * overdue by up to two days, 1,300 due later and 300 new cards (plus the built-in decks' new cards).
 */
async function makeStudents(count: number, prefix: string, benchTopicId: string, now: Date): Promise<{ email: string; actor: Actor }[]> {
  const db = getDb();
  const students: { email: string; actor: Actor }[] = [];
  for (let i = 0; i < count; i++) {
    const email = `${prefix}${i}@bench.test`;
    const { id } = await registerUser({ name: `Student ${prefix}${i}`, email, password: PASSWORD });
    const actor: Actor = { id, role: "STUDENT" };
    for (const topic of [...TOPICS.map((t) => t.slug), "bench-deck"]) await addDeck(actor, { topic }, now);
    students.push({ email, actor });
  }
  const ids = students.map((s) => s.actor.id);
  await db.$executeRaw`
    WITH numbered AS (
      SELECT sc."id", row_number() OVER (PARTITION BY sc."userId" ORDER BY c."noteId") AS k
      FROM "StudentCard" sc JOIN "Card" c ON c."id" = sc."cardId" JOIN "CardNote" n ON n."id" = c."noteId"
      WHERE n."topicId" = ${benchTopicId} AND sc."userId" = ANY(${ids})
    )
    UPDATE "StudentCard" s SET
      "state" = (CASE WHEN k <= 1700 THEN 'REVIEW' ELSE 'NEW' END)::"SrsState",
      "due" = CASE WHEN k <= 400 THEN ${now}::timestamp - k * interval '7 minutes' WHEN k <= 1700 THEN ${now}::timestamp + interval '2 days' + k * interval '1 hour' ELSE s."due" END,
      "stability" = CASE WHEN k <= 1700 THEN 5 + k % 50 ELSE 0 END,
      "difficulty" = CASE WHEN k <= 1700 THEN 5 ELSE 0 END,
      "scheduledDays" = CASE WHEN k <= 1700 THEN 10 ELSE 0 END,
      "reps" = CASE WHEN k <= 1700 THEN 3 ELSE 0 END,
      "lastReview" = CASE WHEN k <= 1700 THEN ${now}::timestamp - interval '10 days' ELSE NULL END
    FROM numbered WHERE s."id" = numbered."id"`;
  return students;
}

async function httpPhase(clients: Client[], perClient: number, label = `HTTP rate → next card, ${clients.length} client${clients.length > 1 ? "s" : ""}`): Promise<Row> {
  const samples: number[] = [];
  const costs = await startCostMeter(probes!);
  const t0 = performance.now();
  await Promise.all(
    clients.map(async (client) => {
      for (let i = 0; i < perClient; i++) samples.push(await rate(client));
    }),
  );
  const row = record(label, samples, performance.now() - t0);
  printCosts(await costs.perRequest(samples.length));
  return row;
}

/**
 * One student with 100,000 cards (70,000 in review spread over about 400 days, 200 in
 * (re)learning, the rest new; siblings in threes; 1% suspended) and 1,000,000 review log rows
 * over two years, a few hundred of them today. Written with generate_series, then analyzed.
 */
async function makeHeavyStudent(now: Date): Promise<{ email: string; actor: Actor; dayStart: Date; nextDayStart: Date }> {
  const db = getDb();
  const email = "heavy@bench.test";
  const { id } = await registerUser({ name: "Heavy Student", email, password: PASSWORD });
  await db.user.update({ where: { id }, data: { timeZone: HEAVY_TIME_ZONE } });
  const { dayStart, nextDayStart } = dayBounds(now, HEAVY_TIME_ZONE);
  const earlierToday = new Date(dayStart.getTime() + Math.floor((now.getTime() - dayStart.getTime()) / 2));
  const topic = await db.topic.create({ data: { slug: "bench-heavy", title: "Heavy deck", summary: "Generated notes.", order: 91 }, select: { id: true } });
  await db.deckSubscription.create({ data: { userId: id, topicId: topic.id } });
  const started = performance.now();
  await db.$executeRaw`
    INSERT INTO "CardNote" ("id", "key", "topicId", "kind", "content", "tags", "source", "contentHash", "builtIn", "updatedAt")
    SELECT 'hn' || lpad(g::text, 6, '0'), 'heavy-' || lpad(g::text, 6, '0'), ${topic.id}, 'BASIC',
      jsonb_build_object('front', 'Question ' || g, 'back', 'Answer ' || g), '{}', '{}'::jsonb, md5(g::text), false, now()
    FROM generate_series(1, ${HEAVY_CARDS}) g`;
  await db.$executeRaw`
    INSERT INTO "Card" ("id", "noteId", "ordinal", "siblingKey")
    SELECT 'hc' || lpad(g::text, 6, '0'), 'hn' || lpad(g::text, 6, '0'), 1, 'heavy-' || (g / 3)
    FROM generate_series(1, ${HEAVY_CARDS}) g`;
  await db.$executeRaw`
    INSERT INTO "StudentCard" ("id", "userId", "cardId", "state", "due", "stability", "difficulty", "elapsedDays", "scheduledDays",
      "reps", "lapses", "lastReview", "suspended", "tags", "updatedAt")
    SELECT 'hs' || lpad(g::text, 6, '0'), ${id}, 'hc' || lpad(g::text, 6, '0'),
      (CASE WHEN g <= 70000 THEN 'REVIEW' WHEN g <= 70200 THEN (CASE WHEN g % 2 = 0 THEN 'LEARNING' ELSE 'RELEARNING' END) ELSE 'NEW' END)::"SrsState",
      CASE WHEN g <= 70000 THEN ${now}::timestamp - interval '2 days' + ((g * 7919) % 38000) * interval '15 minutes'
           WHEN g <= 70200 THEN ${now}::timestamp - interval '30 minutes' + (g % 60) * interval '1 minute'
           ELSE ${now}::timestamp - interval '400 days' + g * interval '1 second' END,
      CASE WHEN g <= 70200 THEN 1 + g % 300 ELSE 0 END, CASE WHEN g <= 70200 THEN 5 ELSE 0 END,
      CASE WHEN g <= 70200 THEN 10 ELSE 0 END, CASE WHEN g <= 70200 THEN 30 ELSE 0 END,
      CASE WHEN g <= 70200 THEN 1 + g % 20 ELSE 0 END, CASE WHEN g <= 70200 THEN g % 3 ELSE 0 END,
      CASE WHEN g > 70200 THEN NULL WHEN g > 70000 OR g % 467 = 0 THEN ${earlierToday}::timestamp ELSE ${dayStart}::timestamp - interval '1 day' - (g % 700) * interval '1 day' END,
      g % 97 = 0, '{}', now()
    FROM generate_series(1, ${HEAVY_CARDS}) g`;
  // Today's reviews: one per card reviewed today; 10 of them introduced a new card.
  const today = await db.$executeRaw`
    INSERT INTO "ReviewLog" ("userId", "studentCardId", "rating", "reviewedAt", "durationMs", "elapsedDays", "scheduledDays", "stateBefore", "before")
    SELECT ${id}, sc."id", 'GOOD', sc."lastReview", 5000, 1, 1,
      (CASE WHEN sc."state" IN ('LEARNING', 'RELEARNING') AND right(sc."id", 2)::int % 20 = 0 THEN 'NEW' ELSE 'REVIEW' END)::"SrsState", '{}'::jsonb
    FROM "StudentCard" sc WHERE sc."userId" = ${id} AND sc."lastReview" >= ${dayStart}`;
  await db.$executeRaw`
    INSERT INTO "ReviewLog" ("userId", "studentCardId", "rating", "reviewedAt", "durationMs", "elapsedDays", "scheduledDays", "stateBefore", "before")
    SELECT ${id}, 'hs' || lpad(((g % 70200) + 1)::text, 6, '0'), (ARRAY['AGAIN', 'HARD', 'GOOD', 'EASY'])[1 + g % 4]::"SrsRating",
      ${dayStart}::timestamp - interval '1 day' - (g % 700) * interval '1 day' - (g % 1440) * interval '1 minute', 5000, 10, 30,
      (CASE WHEN g % 10 = 0 THEN 'NEW' ELSE 'REVIEW' END)::"SrsState", '{}'::jsonb
    FROM generate_series(1, ${HEAVY_LOGS - today}) g`;
  await db.$executeRawUnsafe(`VACUUM ANALYZE "CardNote", "Card", "StudentCard", "ReviewLog"`);
  const [counts] = await db.$queryRaw<{ cards: number; logs: number }[]>`
    SELECT (SELECT COUNT(*)::int FROM "StudentCard" WHERE "userId" = ${id}) AS cards, (SELECT COUNT(*)::int FROM "ReviewLog" WHERE "userId" = ${id}) AS logs`;
  console.log(`heavy student: ${counts!.cards.toLocaleString("en")} cards, ${counts!.logs.toLocaleString("en")} review log rows, written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { email, actor: { id, role: "STUDENT" }, dayStart, nextDayStart };
}

async function explain(label: string, query: Prisma.Sql): Promise<string> {
  const rows = await getDb().$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${query}`);
  const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
  console.log(`\n── EXPLAIN (ANALYZE, BUFFERS): ${label}\n${plan}`);
  return plan;
}

async function heavyPhase(): Promise<void> {
  const db = getDb();
  const now = new Date();
  const heavy = await makeHeavyStudent(now);
  const userId = heavy.actor.id;
  const introduced = (await db.$queryRaw<{ n: number }[]>`SELECT COUNT(*)::int AS n FROM "ReviewLog" WHERE "userId" = ${userId} AND "stateBefore" = 'NEW' AND "reviewedAt" >= ${heavy.dayStart}`)[0]!.n;
  const topicIds = (await db.deckSubscription.findMany({ where: { userId }, select: { topicId: true } })).map((d) => d.topicId);
  const newPage = newCandidatePage(newCardsLeft(DEFAULT_FLASHCARD_SETTINGS.newCardsPerDay, introduced));
  const queries: [string, Prisma.Sql][] = [
    ["due (re)learning + reviews", dueCandidatesSql(userId, { topicIds, deckIds: [] }, now, heavy.nextDayStart)],
    ["reviewed today", reviewedTodaySql(userId, { topicIds, deckIds: [] }, heavy.dayStart)],
    [`new cards, page of ${newPage}`, newCandidatesSql(userId, { topicIds, deckIds: [] }, now, null, newPage)],
  ];
  const plans: string[] = [];
  for (const [label, query] of queries) plans.push(await explain(label, query));
  const studentCardPlan = plans.join("\n").split("\n").filter((line) => line.includes("StudentCard"));
  const indexScans = studentCardPlan.filter((line) => /Index (Only )?Scan/.test(line)).length;
  const seqScans = studentCardPlan.filter((line) => /Seq Scan/.test(line)).length;
  console.log(`\nStudentCard in the plans: ${indexScans} index scan(s), ${seqScans} sequential scan(s)`);
  for (const line of studentCardPlan) console.log(`  ${line.trim()}`);
  const queueIndexUsed = [plans[0]!, plans[2]!].every((plan) => plan.includes("StudentCard_userId_state_due_idx"));
  console.log(`the due and new card queries ${queueIndexUsed ? "read" : "do NOT read"} the (userId, state, due) index`);
  if (seqScans > 0 || indexScans === 0 || !queueIndexUsed) throw new Error("the queue queries no longer use the StudentCard index");

  console.log("");
  for (const [label, query] of queries) {
    const rows = (await db.$queryRaw<unknown[]>(query)).length;
    record(`query ${label}: ${rows} rows`, await timeCalls(30, () => db.$queryRaw(query)), null);
  }
  const session = await getReviewSession(heavy.actor, now);
  console.log(`session of the heavy student: ${JSON.stringify(session.counts)}`);
  record("getReviewSession (100k cards, 1M logs)", await timeCalls(30, () => getReviewSession(heavy.actor, now)), null);
  // For comparison: what the session read before, every card of the student with its sibling key.
  record(
    "before: load all 100k cards (reference)",
    await timeCalls(5, () =>
      db.studentCard.findMany({
        where: { userId, card: { note: { topic: { decks: { some: { userId } } } } } },
        select: { id: true, state: true, due: true, lastReview: true, suspended: true, buriedUntil: true, card: { select: { siblingKey: true } } },
      }),
    ),
    null,
  );
  // The statistics and progress pages read the whole history: calendar, retention, card figures.
  record("getReviewStats (100k cards, 1M logs)", await timeCalls(10, () => getReviewStats(heavy.actor, now)), null);
  record("getStudentProgress (100k cards, 1M logs)", await timeCalls(10, () => getStudentProgress(heavy.actor, now)), null);
  const client: Client = { cookie: await signIn(BASE, heavy.email, PASSWORD), current: null, rated: 0 };
  client.current = (await currentSession(client.cookie)).current;
  await httpPhase([client], 100, "HTTP rate → next card, heavy student");
}

function printSummary(): void {
  console.log("\nSummary");
  console.log(`${"".padEnd(48)} ${"n".padStart(5)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"req/s".padStart(7)}`);
  for (const r of summary) {
    console.log(
      `${r.label.padEnd(48)} ${String(r.n).padStart(5)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${(r.rps === null ? "" : r.rps.toFixed(0)).padStart(7)}`,
    );
  }
}

async function main(): Promise<void> {
  const { cluster, url } = await prepareBenchDatabase("quizformer_bench_review", { statementStats: true });
  let server: { pid: number; stop(): Promise<void> } | undefined;
  try {
    await seedTopics(TOPICS);
    await seedTemplates(builtInTemplates());
    await seedCards(BUILT_IN_CARD_INPUTS);
    await createFirstAdmin({ name: "Bench Admin", email: "admin@bench.test", password: PASSWORD });
    const benchTopicId = await seedBenchDeck();
    const now = new Date();
    const total = PHASES.reduce((sum, [clients]) => sum + clients, 0) + 1;
    const students = await makeStudents(total, "student", benchTopicId, now);
    await getDb().$executeRawUnsafe(`VACUUM ANALYZE "StudentCard", "Card", "CardNote"`);
    console.log(`${total} students, each with ${BENCH_NOTES} generated cards (400 reviews due) and the built-in decks`);

    server = await startBenchServer(url, PORT);
    probes = { url, serverPid: server.pid, postgresPid: cluster.pid() };
    const clients: Client[] = [];
    for (const { email } of students) {
      const cookie = await signIn(BASE, email, PASSWORD);
      clients.push({ cookie, current: (await currentSession(cookie)).current, rated: 0 });
    }
    await checkErrorAnswers(clients[0]!, clients[1]!);
    // Warm up the server's code paths (first requests compile and fill caches) with a student of its own.
    for (let i = 0; i < 20; i++) await rate(clients[0]!);
    let next = 1;
    const rates: { label: string; clients: number; rps: number; p50: number }[] = [];
    for (const [count, perClient] of PHASES) {
      const row = await httpPhase(clients.slice(next, next + count), perClient);
      rates.push({ label: row.label, clients: count, rps: row.rps ?? 0, p50: row.p50 });
      next += count;
    }
    for (const clients of [1, 64]) rates.push(await measureHttpFloor(BASE, probes!, clients, clients === 1 ? 300 : 30));
    await compareWithPgBaseline(cluster, rates.filter((r) => r.clients === 1 || r.clients === 64));
    console.log("");
    await heavyPhase();
    printSummary();
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
