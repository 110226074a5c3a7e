// `npm run bench:team-progress`: the team progress dashboards, called in-process on a fresh database
// in their own embedded cluster. One team of 200 members (and its lead) with 50,000 answered
// quiz questions and 500,000 reviews, beside eight other teams holding 400,000 answers and
// 2,000,000 reviews more, so every query has to find the team's rows instead of reading
// everything. The bulk load runs without triggers, so the summaries the triggers keep
// (LatestAnswer, RetentionDay) are rebuilt afterwards by the migration's functions. For each
// data function:
//  (a) the SQL it sends, captured from the Prisma client, re-run under EXPLAIN (ANALYZE, BUFFERS),
//      with the indexes it reads; a sequential scan of a large table fails the benchmark;
//  (b) p50/p95/p99 over 40 calls after a warm-up, against a target of 200 ms at p95;
//  (c) the same over HTTP against the production build (`next start`), signed in as the team's
//      lead: the progress page, the quiz results page and the CSV export, rendering included.
import { Prisma } from "@/lib/generated/prisma/client";
import { TOPICS } from "@/lib/topics/topic-list";
import { BUILT_IN_CARD_INPUTS } from "@/lib/topics/built-in-cards";
import { builtInTemplates } from "@/lib/topics/built-in-templates";
import { MISCONCEPTION_IDS } from "@/lib/questions/misconceptions";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";
import { createFirstAdmin } from "@/lib/server/data/accounts/create-first-admin";
import { seedTemplates } from "@/lib/server/data/templates/seed-templates";
import { seedTopics } from "@/lib/server/data/topics/seed-topics";
import { seedCards } from "@/lib/server/data/flashcards/seed-cards";
import { getItemAnalysis } from "@/lib/server/data/progress/get-item-analysis";
import { getQuizResults } from "@/lib/server/data/progress/get-quiz-results";
import { getTeamMemberProgress } from "@/lib/server/data/progress/get-team-member-progress";
import { queryMastery } from "@/lib/server/data/progress/query-mastery";
import { lastDays, parseDateRange, type DateRange } from "@/lib/schemas/date-range";
import { hashPassword } from "@/lib/server/auth/password";
import { ensureProductionBuild, freshBenchDatabase, startBenchServer } from "./lib/bench-server";
import { latencyOf, timeCalls, type Latency } from "./lib/latency";
import { explainCall, installCapturingClient, type PlanSummary } from "./lib/query-plans";
import { signIn } from "./lib/sign-in";

const DB_NAME = "quizformer_bench_team_progress";
const PORT = Number(process.env.BENCH_PORT ?? 3202);
const BASE = `http://127.0.0.1:${PORT}`;
const PASSWORD = "benchmark password";
const RUNS = 40;
const TARGET_P95_MS = 200;
const DAY_MS = 86_400_000;
/** Tables large enough that reading them whole is a bug in a team's query. */
const LARGE_TABLES = ["Attempt", "AttemptQuestion", "StudentCard", "ReviewLog", "LatestAnswer", "RetentionDay"];
const TIME_ZONES = ["UTC", "Europe/Berlin", "America/New_York", "America/Los_Angeles", "Asia/Kolkata", "Asia/Tokyo", "Australia/Sydney"];

/** One team and its members' history: answers over the last 90 days, reviews over 120. */
type Cohort = { prefix: string; teamName: string; members: number; answers: number; reviews: number };
const TEAM: Cohort = { prefix: "bt", teamName: "Benchmark team", members: 200, answers: 50_000, reviews: 500_000 };
/** Other teams holding most of the data: the team's rows are a ninth of the answers and a fifth of the reviews. */
const NOISE: Cohort[] = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ prefix: `n${n}`, teamName: `Other team ${n}`, members: 100, answers: 50_000, reviews: 250_000 }));
const QUIZ_ITEMS = 20;
type Tx = Prisma.TransactionClient;
const TOPIC_QUIZ_QUESTIONS = 10;

// ── Data ──────────────────────────────────────────────────────────────────────────────────────

const leadId = (c: Cohort) => `${c.prefix}-lead`;

/**
 * A deterministic number in [0, 1) from a text, so the data is the same on every run and
 * rows can be derived from each other (a member's ability from their id) without lookups.
 */
async function createNoiseFunction(): Promise<void> {
  await getDb().$executeRawUnsafe(
    `CREATE FUNCTION bench_rnd(text) RETURNS float8 LANGUAGE sql IMMUTABLE AS $$ SELECT (hashtext($1)::bigint + 2147483648)::float8 / 4294967296 $$`,
  );
}

/**
 * Writes a cohort in one transaction with foreign-key triggers off (the rows are consistent by
 * construction), which makes the bulk inserts several times faster.
 */
async function seedCohort(c: Cohort, now: Date): Promise<void> {
  const started = performance.now();
  await getDb().$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`);
      await writeCohort(tx, c, now);
    },
    { timeout: 600_000 },
  );
  console.log(`${c.teamName}: ${c.members} members, ${c.answers.toLocaleString("en")} answers, ${c.reviews.toLocaleString("en")} reviews (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

async function writeCohort(db: Tx, c: Cohort, now: Date): Promise<void> {
  const ninetyDaysAgo = new Date(now.getTime() - 90 * DAY_MS);
  await db.$executeRaw`
    INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "timeZone", "createdAt", "updatedAt")
    SELECT ${c.prefix} || '-u' || lpad(g::text, 4, '0'), ${c.prefix} || '-' || g || '@bench.test', 'Member ' || g || ' of ' || ${c.teamName},
      'no sign-in', 'STUDENT', (${TIME_ZONES}::text[])[1 + g % ${TIME_ZONES.length}], ${ninetyDaysAgo}::timestamp, now()
    FROM generate_series(1, ${c.members}) g`;
  await db.user.create({ data: { id: leadId(c), email: `${c.prefix}-lead@bench.test`, name: `Lead of ${c.teamName}`, passwordHash: "no sign-in" } });
  const team = await db.team.create({ data: { name: c.teamName, createdById: leadId(c) }, select: { id: true } });
  await db.$executeRaw`
    INSERT INTO "Membership" ("id", "teamId", "userId", "role")
    SELECT ${c.prefix} || '-m' || g, ${team.id}, CASE WHEN g = 0 THEN ${leadId(c)} ELSE ${c.prefix} || '-u' || lpad(g::text, 4, '0') END,
      (CASE WHEN g = 0 THEN 'LEAD' ELSE 'MEMBER' END)::"TeamRole"
    FROM generate_series(0, ${c.members}) g`;

  // The team's quiz: 20 fixed templates picked across the topics, published to the team.
  const quizId = `${c.prefix}-quiz`;
  await db.quiz.create({
    data: { id: quizId, title: `${c.teamName} check-in`, feedbackMode: "DEFERRED", published: true, publishedAt: ninetyDaysAgo, teams: { create: { teamId: team.id } } },
  });
  await db.$executeRaw`
    INSERT INTO "QuizItem" ("id", "quizId", "position", "templateKey")
    SELECT ${quizId} || '-i' || (row_number() OVER (ORDER BY hashtext(key || ${quizId}))), ${quizId}, row_number() OVER (ORDER BY hashtext(key || ${quizId})) - 1, key
    FROM "QuestionTemplate" WHERE "isLatest" AND status = 'ACTIVE'
    ORDER BY hashtext(key || ${quizId}) LIMIT ${QUIZ_ITEMS}`;
  // Every member: 1–3 submitted attempts, about four weeks apart, the first within the last 90 days.
  await db.$executeRaw`
    INSERT INTO "Attempt" ("id", "userId", "quizId", "status", "feedbackMode", "startedAt", "finishedAt", "questionCount")
    SELECT ${quizId} || '-a' || g || '-' || k, ${c.prefix} || '-u' || lpad(g::text, 4, '0'), ${quizId}, 'SUBMITTED', 'DEFERRED',
      ${now}::timestamp - interval '88 days' + ((k - 1) * 28 + bench_rnd(${quizId} || g || '-' || k) * 25) * interval '1 day',
      ${now}::timestamp - interval '88 days' + ((k - 1) * 28 + bench_rnd(${quizId} || g || '-' || k) * 25) * interval '1 day' + interval '20 minutes',
      ${QUIZ_ITEMS}
    FROM generate_series(1, ${c.members}) g CROSS JOIN generate_series(1, 3) k
    WHERE k <= 1 + floor(bench_rnd('attempts' || ${quizId} || g) * 3)`;
  const quizAnswers = await insertAnswers(
    db,
    Prisma.sql`SELECT a."id" AS "attemptId", a."userId", a."startedAt", qi."position", qt."id" AS "templateId", qt."key", qt."difficulty",
        (row_number() OVER (PARTITION BY a."userId", qi."position" ORDER BY a."startedAt")) - 1 AS "retry"
      FROM "Attempt" a JOIN "QuizItem" qi ON qi."quizId" = a."quizId"
      JOIN "QuestionTemplate" qt ON qt."key" = qi."templateKey" AND qt."isLatest"
      WHERE a."quizId" = ${quizId}`,
  );

  // Topic quizzes for the rest of the answers: 10 questions of one topic each, over 90 days.
  const topicAttempts = Math.ceil((c.answers - quizAnswers) / TOPIC_QUIZ_QUESTIONS);
  await db.$executeRaw`
    WITH topics AS (
      SELECT "topicId", row_number() OVER (ORDER BY "topicId") - 1 AS n, count(*) OVER () AS topics
      FROM "QuestionTemplate" WHERE "isLatest" AND status = 'ACTIVE' GROUP BY "topicId"
    )
    INSERT INTO "Attempt" ("id", "userId", "topicId", "status", "feedbackMode", "startedAt", "finishedAt", "questionCount")
    SELECT ${c.prefix} || '-t' || j, ${c.prefix} || '-u' || lpad((1 + j % ${c.members})::text, 4, '0'), t."topicId", 'SUBMITTED', 'IMMEDIATE',
      ${now}::timestamp - bench_rnd(${c.prefix} || '-t' || j) * interval '89 days',
      ${now}::timestamp - bench_rnd(${c.prefix} || '-t' || j) * interval '89 days' + interval '10 minutes',
      LEAST(${TOPIC_QUIZ_QUESTIONS}, ${c.answers - quizAnswers} - j * ${TOPIC_QUIZ_QUESTIONS})
    FROM generate_series(0, ${topicAttempts - 1}) j
    JOIN topics t ON t.n = floor(bench_rnd('topic' || ${c.prefix} || j) * t.topics)`;
  const topicAnswers = await insertAnswers(
    db,
    Prisma.sql`SELECT a."id" AS "attemptId", a."userId", a."startedAt", p AS "position", qt."id" AS "templateId", qt."key", qt."difficulty", 0 AS "retry"
      FROM "Attempt" a CROSS JOIN generate_series(0, ${TOPIC_QUIZ_QUESTIONS - 1}) p
      JOIN (
        SELECT "id", "key", "difficulty", "topicId", row_number() OVER (PARTITION BY "topicId" ORDER BY "key") - 1 AS rn, count(*) OVER (PARTITION BY "topicId") AS cnt
        FROM "QuestionTemplate" WHERE "isLatest" AND status = 'ACTIVE'
      ) qt ON qt."topicId" = a."topicId" AND qt.rn = (floor(bench_rnd(a."id") * qt.cnt)::int + p * 3) % qt.cnt
      WHERE a."id" LIKE ${c.prefix + "-t%"} AND p < a."questionCount"`,
  );
  if (quizAnswers + topicAnswers !== c.answers) throw new Error(`${c.teamName}: wrote ${quizAnswers + topicAnswers} answers instead of ${c.answers}`);

  // One member in ten has a topic quiz open with five questions not answered yet.
  await db.$executeRaw`
    INSERT INTO "Attempt" ("id", "userId", "topicId", "status", "feedbackMode", "startedAt", "questionCount")
    SELECT ${c.prefix} || '-open' || g, ${c.prefix} || '-u' || lpad(g::text, 4, '0'), (SELECT "id" FROM "Topic" ORDER BY "order" LIMIT 1), 'IN_PROGRESS', 'IMMEDIATE',
      ${now}::timestamp - interval '1 hour', 5
    FROM generate_series(10, ${c.members}, 10) g`;
  await db.$executeRaw`
    INSERT INTO "AttemptQuestion" ("id", "attemptId", "position", "templateId", "seed")
    SELECT a."id" || '-' || p, a."id", p, (SELECT "id" FROM "QuestionTemplate" WHERE "isLatest" AND "topicId" = a."topicId" ORDER BY "key" OFFSET p LIMIT 1), p
    FROM "Attempt" a CROSS JOIN generate_series(0, 4) p WHERE a."id" LIKE ${c.prefix + "-open%"}`;

  await seedFlashcards(db, c, now);
}

/**
 * Writes one answered AttemptQuestion per row of `questions`. Right or wrong by the member's
 * ability against the template's difficulty (a retry does a little better); most wrong
 * answers name one of three misconceptions typical of the template.
 */
async function insertAnswers(db: Tx, questions: Prisma.Sql): Promise<number> {
  return db.$executeRaw`
    WITH q AS (${questions}), p AS (
      SELECT q.*, 1 / (1 + exp(-(0.9 + (bench_rnd('ability' || q."userId") * 3 - 1.5) + 0.3 * q."retry"
                                 - (CASE q."difficulty" WHEN 'EASY' THEN -0.8 WHEN 'MEDIUM' THEN 0 ELSE 0.8 END) - (bench_rnd(q."key") - 0.5)))) AS chance,
        bench_rnd('answer' || q."attemptId" || q."position") AS draw
      FROM q
    )
    INSERT INTO "AttemptQuestion" ("id", "attemptId", "position", "templateId", "seed", "response", "correct", "feedback", "misconception", "answeredAt")
    SELECT p."attemptId" || '-' || p."position", p."attemptId", p."position", p."templateId", hashtext(p."attemptId" || p."position") & 65535,
      '{"kind":"numeric","text":"42"}'::jsonb, p.draw < p.chance, CASE WHEN p.draw < p.chance THEN 'Correct.' ELSE 'Not quite.' END,
      CASE WHEN p.draw >= p.chance AND bench_rnd('why' || p."attemptId" || p."position") < 0.7
        THEN (${MISCONCEPTION_IDS}::text[])[1 + ((hashtext(p."key")::bigint & 1023) + floor(bench_rnd('which' || p."attemptId" || p."position") * 3)::int) % ${MISCONCEPTION_IDS.length}]
      END,
      p."startedAt" + (p."position" + 1) * interval '45 seconds'
    FROM p`;
}

/**
 * Flashcards: every member has every built-in deck; 10% of the cards new, 5% in learning, the
 * rest in review with due dates from 12 days ago to 30 days ahead (so about one in four is
 * overdue), 1% suspended. Then the cohort's review log, spread over 120 days, with a recall
 * rate that follows the member's ability.
 */
async function seedFlashcards(db: Tx, c: Cohort, now: Date): Promise<void> {
  const members = `${c.prefix}-u%`;
  await db.$executeRaw`
    INSERT INTO "DeckSubscription" ("userId", "topicId", "createdAt")
    SELECT u."id", t."id", ${now}::timestamp - interval '120 days' FROM "User" u CROSS JOIN "Topic" t
    WHERE u."id" LIKE ${members} AND EXISTS (SELECT 1 FROM "CardNote" n WHERE n."topicId" = t."id")`;
  await db.$executeRaw`
    WITH sc AS (
      SELECT u."id" AS "userId", c."id" AS "cardId", bench_rnd(u."id" || c."id") AS r, bench_rnd('due' || u."id" || c."id") AS d
      FROM "User" u CROSS JOIN "Card" c WHERE u."id" LIKE ${members}
    )
    INSERT INTO "StudentCard" ("id", "userId", "cardId", "state", "due", "stability", "difficulty", "elapsedDays", "scheduledDays",
      "reps", "lapses", "lastReview", "suspended", "tags", "createdAt", "updatedAt")
    SELECT sc."userId" || ':' || sc."cardId", sc."userId", sc."cardId",
      (CASE WHEN r < 0.10 THEN 'NEW' WHEN r < 0.13 THEN 'LEARNING' WHEN r < 0.15 THEN 'RELEARNING' ELSE 'REVIEW' END)::"SrsState",
      CASE WHEN r < 0.10 THEN ${now}::timestamp - interval '120 days' + d * interval '1 hour'
           WHEN r < 0.15 THEN ${now}::timestamp - interval '2 hours' + d * interval '4 hours'
           ELSE ${now}::timestamp - interval '12 days' + d * interval '42 days' END,
      CASE WHEN r < 0.10 THEN 0 ELSE 1 + d * 60 END, CASE WHEN r < 0.10 THEN 0 ELSE 3 + d * 5 END, 0,
      CASE WHEN r < 0.15 THEN 0 ELSE 1 + floor(d * 40) END,
      CASE WHEN r < 0.10 THEN 0 ELSE 1 + floor(d * 15)::int END, CASE WHEN r < 0.10 THEN 0 ELSE floor(d * 3)::int END,
      CASE WHEN r < 0.10 THEN NULL ELSE ${now}::timestamp - interval '20 days' + d * interval '19 days' END,
      bench_rnd('suspended' || sc."userId" || sc."cardId") < 0.01, '{}', ${now}::timestamp - interval '120 days', now()
    FROM sc`;
  await db.$executeRaw`
    WITH cards AS (SELECT "id", row_number() OVER (ORDER BY "id") - 1 AS k, count(*) OVER () AS n FROM "Card"),
    logs AS (
      SELECT ${c.prefix} || '-u' || lpad((1 + g % ${c.members})::text, 4, '0') AS "userId", (g / ${c.members}) AS k, g,
        bench_rnd('review' || ${c.prefix} || g) AS r, bench_rnd('state' || ${c.prefix} || g) AS s
      FROM generate_series(0, ${c.reviews - 1}) g
    )
    INSERT INTO "ReviewLog" ("userId", "studentCardId", "rating", "reviewedAt", "durationMs", "elapsedDays", "scheduledDays", "stateBefore", "before")
    SELECT l."userId", l."userId" || ':' || cards."id",
      (CASE WHEN r < 0.04 + 0.16 * bench_rnd('ability' || l."userId") THEN 'AGAIN' WHEN r < 0.3 THEN 'HARD' WHEN r > 0.9 THEN 'EASY' ELSE 'GOOD' END)::"SrsRating",
      ${now}::timestamp - bench_rnd('when' || ${c.prefix} || l.g) * interval '120 days', 2000 + floor(r * 8000)::int, 1 + floor(r * 30), 1 + floor(r * 40),
      -- A state drawn per review: 5% each new, learning and relearning, the rest in review.
      (CASE WHEN l.s < 0.05 THEN 'NEW' WHEN l.s < 0.10 THEN 'LEARNING' WHEN l.s < 0.15 THEN 'RELEARNING' ELSE 'REVIEW' END)::"SrsState", '{}'::jsonb
    FROM logs l JOIN cards ON cards.k = l.k % cards.n`;
}

// ── Timing ────────────────────────────────────────────────────────────────────────────────────

type Row = Latency & { label: string; sqlMs: number | null };
const summary: Row[] = [];

async function measure(label: string, plans: readonly PlanSummary[] | null, work: () => Promise<unknown>): Promise<void> {
  const row = { label, ...latencyOf(await timeCalls(RUNS, work)), sqlMs: plans ? plans.reduce((sum, p) => sum + p.ms, 0) : null };
  summary.push(row);
  console.log(`\n${label}: p50 ${row.p50.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms, p99 ${row.p99.toFixed(1)} ms (n=${row.n})`);
}

function printSummary(): void {
  console.log(`\nSummary (${RUNS} calls each after 3 warm-up calls; SQL = sum of EXPLAIN ANALYZE execution times of one call; HTTP = one client, sequential)`);
  console.log(`${"".padEnd(52)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"SQL ms".padStart(8)}  target p95 < ${TARGET_P95_MS} ms`);
  for (const r of summary) {
    console.log(
      `${r.label.padEnd(52)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${(r.sqlMs === null ? "" : r.sqlMs.toFixed(1)).padStart(8)}  ${r.p95 < TARGET_P95_MS ? "ok" : "TOO SLOW"}`,
    );
  }
}

// ── Over HTTP ──────────────────────────────────────────────────────────────────────────────────

/** GETs a page as the signed-in lead; a wrong status or a body without `expected` fails the run. */
async function getPage(cookie: string, pathname: string, expected: string): Promise<void> {
  const res = await fetch(`${BASE}${pathname}`, { headers: { cookie }, redirect: "manual" });
  const body = await res.text();
  if (res.status !== 200 || !body.includes(expected)) throw new Error(`GET ${pathname}: status ${res.status}${res.status === 200 ? `, without "${expected}"` : ""}`);
}

/** The lead's pages over HTTP, rendering and session check included, against `next start`. */
async function measurePages(url: string, teamId: string, quizId: string, ninetyDaysFrom: string): Promise<void> {
  const server = await startBenchServer(url, PORT);
  try {
    const cookie = await signIn(BASE, `${leadId(TEAM)}@bench.test`, PASSWORD);
    const member = `Member 1 of ${TEAM.teamName}`;
    const pages = [
      { label: "HTTP GET team progress page, last 30 days", path: `/teams/${teamId}/progress` },
      { label: "HTTP GET team progress page, last 90 days", path: `/teams/${teamId}/progress?from=${ninetyDaysFrom}` },
      { label: "HTTP GET team progress CSV, last 30 days", path: `/api/teams/${teamId}/progress.csv` },
      { label: "HTTP GET quiz results page (item analysis)", path: `/teams/${teamId}/quizzes/${quizId}` },
    ];
    for (const page of pages) await measure(page.label, null, () => getPage(cookie, page.path, member));
  } finally {
    await server.stop();
  }
}

// ── Run ───────────────────────────────────────────────────────────────────────────────────────

type Case = { label: string; work: () => Promise<unknown> };

async function main(): Promise<void> {
  await ensureProductionBuild();
  // A cluster of its own, so this benchmark can run while another one uses theirs.
  const { cluster, url } = await freshBenchDatabase("bench-dashboard-postgres", DB_NAME);
  try {
    installCapturingClient(url);
    const db = getDb();
    await seedTopics(TOPICS);
    await seedTemplates(builtInTemplates());
    await seedCards(BUILT_IN_CARD_INPUTS);
    await createFirstAdmin({ name: "Bench Admin", email: "admin@bench.test", password: PASSWORD });

    const now = new Date();
    const started = performance.now();
    await createNoiseFunction();
    for (const cohort of [TEAM, ...NOISE]) await seedCohort(cohort, now);
    await db.$executeRawUnsafe(`UPDATE "Attempt" a SET "correctCount" = s.n FROM (SELECT "attemptId", count(*) FILTER (WHERE "correct")::int AS n FROM "AttemptQuestion" GROUP BY 1) s WHERE s."attemptId" = a."id"`);
    // The bulk load ran with triggers off: flag each card's first review of a local day and
    // rebuild the summaries the triggers keep (LatestAnswer, RetentionDay) with the migrations'
    // rebuild functions, triggers off again so the flags aren't counted twice.
    const summaries = performance.now();
    await db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`);
        await tx.$executeRawUnsafe(`SELECT "review_log_first_of_day_rebuild"()`);
        await tx.$executeRawUnsafe(`SELECT "latest_answer_rebuild"()`);
        await tx.$executeRawUnsafe(`SELECT "retention_day_rebuild"()`);
      },
      { timeout: 600_000 },
    );
    const [sizes] = await db.$queryRaw<{ latest: number; days: number }[]>`
      SELECT (SELECT count(*)::int FROM "LatestAnswer") AS latest, (SELECT count(*)::int FROM "RetentionDay") AS days`;
    console.log(
      `first reviews of the day flagged; summaries rebuilt: ${sizes!.latest.toLocaleString("en")} latest answers, ${sizes!.days.toLocaleString("en")} retention days (${((performance.now() - summaries) / 1000).toFixed(1)} s)`,
    );
    await db.$executeRawUnsafe(`DROP FUNCTION bench_rnd(text)`);
    await db.$executeRawUnsafe(`VACUUM ANALYZE`);
    const team = await db.team.findFirstOrThrow({ where: { name: TEAM.teamName }, select: { id: true } });
    const [counts] = await db.$queryRaw<{ members: number; answers: number; reviews: number; cards: number; overdue: number; allAnswers: number; allReviews: number }[]>`
      WITH m AS (SELECT "userId" FROM "Membership" WHERE "teamId" = ${team.id} AND "role" = 'MEMBER')
      SELECT (SELECT count(*)::int FROM m) AS members,
        (SELECT count(*)::int FROM "AttemptQuestion" aq JOIN "Attempt" a ON a."id" = aq."attemptId" WHERE a."userId" IN (SELECT "userId" FROM m) AND aq."answeredAt" IS NOT NULL) AS answers,
        (SELECT count(*)::int FROM "ReviewLog" WHERE "userId" IN (SELECT "userId" FROM m)) AS reviews,
        (SELECT count(*)::int FROM "StudentCard" WHERE "userId" IN (SELECT "userId" FROM m)) AS cards,
        (SELECT count(*)::int FROM "StudentCard" WHERE "userId" IN (SELECT "userId" FROM m) AND "state" <> 'NEW' AND NOT "suspended" AND "due" <= ${now}::timestamp) AS overdue,
        (SELECT count(*)::int FROM "AttemptQuestion" WHERE "answeredAt" IS NOT NULL) AS "allAnswers",
        (SELECT count(*)::int FROM "ReviewLog") AS "allReviews"`;
    const c = counts!;
    const f = (n: number) => n.toLocaleString("en");
    console.log(
      `team of ${f(c.members)} members and a lead: ${f(c.answers)} answered questions, ${f(c.reviews)} reviews, ${f(c.cards)} cards (${f(c.overdue)} due or overdue); ` +
        `with the ${NOISE.length} other teams ${f(c.allAnswers)} answers and ${f(c.allReviews)} reviews in all; written in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const memberIds = (await db.membership.findMany({ where: { teamId: team.id, role: "MEMBER" }, select: { userId: true } })).map((m) => m.userId);
    const lead: Actor = { id: leadId(TEAM), role: "STUDENT" };
    // The lead signs in for the HTTP part. In Berlin, so the periods start at a local midnight
    // that isn't a UTC one, as for most viewers: retention then reads partial first and last days.
    await db.user.update({ where: { id: lead.id }, data: { passwordHash: await hashPassword(PASSWORD), timeZone: "Europe/Berlin" } });
    const leadTimeZone = (await db.user.findUniqueOrThrow({ where: { id: lead.id }, select: { timeZone: true } })).timeZone;
    // The periods the progress page asks for: its default (the last 30 days) and the last 90 days.
    const range = (from?: string): DateRange => {
      const parsed = parseDateRange({ from }, now, leadTimeZone);
      if (!parsed.ok) throw new Error(parsed.error);
      return parsed.range;
    };
    const last30 = range();
    const last90 = range(lastDays(90, now, leadTimeZone).from);
    const quizId = `${TEAM.prefix}-quiz`;
    const cases: Case[] = [
      { label: "getTeamMemberProgress, last 30 days (default)", work: () => getTeamMemberProgress(lead, { teamId: team.id, from: last30.start, to: last30.end }, now) },
      { label: "getTeamMemberProgress, last 90 days", work: () => getTeamMemberProgress(lead, { teamId: team.id, from: last90.start, to: last90.end }, now) },
      { label: "getQuizResults, 20 items, 200 members", work: () => getQuizResults(lead, { teamId: team.id, quizId }, now) },
      { label: "getItemAnalysis, 20 items, 200 members", work: () => getItemAnalysis(lead, { teamId: team.id, quizId }, now) },
      { label: "queryMastery, 200 members, all time", work: () => queryMastery(getDb(), memberIds) },
      { label: "queryMastery, 200 members, last 30 days", work: () => queryMastery(getDb(), memberIds, { from: last30.start, to: last30.end }) },
      // A period that ended before the latest answers: read from the answers themselves.
      { label: "queryMastery, 200 members, 90 to 30 days ago", work: () => queryMastery(getDb(), memberIds, { from: last90.start, to: last30.start }) },
    ];
    const failures: string[] = [];
    for (const { label, work } of cases) {
      const plans = await explainCall(label, work, LARGE_TABLES);
      for (const plan of plans) {
        for (const scan of plan.scans) {
          if (scan.kind.includes("Seq Scan") && LARGE_TABLES.includes(scan.table)) failures.push(`${label}: Seq Scan on ${scan.table} in ${plan.sql.slice(0, 80)}…`);
        }
      }
      await measure(label, plans, work);
    }
    await measurePages(url, team.id, quizId, lastDays(90, now, leadTimeZone).from);
    printSummary();
    for (const r of summary) if (r.p95 >= TARGET_P95_MS) failures.push(`${r.label}: p95 ${r.p95.toFixed(1)} ms is over the ${TARGET_P95_MS} ms target`);
    if (failures.length > 0) throw new Error(`\n${failures.join("\n")}`);
  } finally {
    await getDb().$disconnect();
    await cluster.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
