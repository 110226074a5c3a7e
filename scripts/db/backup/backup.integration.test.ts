import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { makeTeam, makeUser, TEST_PASSWORD } from "@/test/integration/db-helpers";
import { resetWithBuiltInContent } from "@/test/integration/built-in-content";
import { addDeck } from "@/lib/server/data/flashcards/add-deck";
import { getReviewView } from "@/lib/server/data/flashcards/get-review-view";
import { rateCard } from "@/lib/server/data/flashcards/rate-card";
import { getFlashcardSettings } from "@/lib/server/data/flashcards/get-flashcard-settings";
import { updateFlashcardSettings } from "@/lib/server/data/flashcards/update-flashcard-settings";
import { startTopicQuiz } from "@/lib/server/data/attempts/start-topic-quiz";
import { authenticateUser } from "@/lib/server/data/accounts/authenticate-user";
import { issuePasswordReset } from "@/lib/server/data/accounts/issue-password-reset";
import { createApiToken } from "@/lib/server/data/api-tokens/create-api-token";
import { signInWithSso } from "@/lib/server/data/accounts/sign-in-with-sso";
import type { Actor } from "@/lib/server/data/actor";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../embedded-postgres";
import { backupDatabase } from "./backup-database";
import { BackupFileError } from "./backup-format";
import { restoreDatabase } from "./restore-database";

const now = new Date("2026-06-01T12:00:00Z");
let dir: string;
let target: EmbeddedPostgres;
let restored = 0;

/** A new, empty database on the second cluster. */
async function freshDatabase(): Promise<string> {
  const name = `restored_${++restored}`;
  await target.createDatabaseIfMissing(name);
  return target.urlFor(name);
}

/** Each table's row count and a hash of all its rows (as text, sorted): equal means every row is equal. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = (await client.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`)).rows;
    const out: Record<string, string> = {};
    for (const { t } of tables) {
      const { rows } = await client.query<{ n: number; h: string | null }>(`SELECT COUNT(*)::int AS n, md5(string_agg(x::text, E'\\n' ORDER BY x::text)) AS h FROM "${t}" x`);
      out[t] = `${rows[0]!.n}:${rows[0]!.h ?? "-"}`;
    }
    return out;
  } finally {
    await client.end();
  }
}

async function rateSome(student: Actor, count: number, at: Date): Promise<void> {
  for (let i = 0; i < count; i++) {
    const { current } = await getReviewView(student, at);
    if (!current) return;
    await rateCard(student, { studentCardId: current.studentCardId, expectedVersion: current.version, rating: i % 3 ? "good" : "again", durationMs: 1000 }, at);
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "quizformer-backup-test-"));
  target = await startEmbeddedPostgres({ dataDir: path.join(dir, "cluster") });
  // What a running instance holds: people, a team, decks and reviews, an attempt, settings, tokens, links, sessions.
  await resetWithBuiltInContent();
  const [admin, lead, student] = [await makeUser("ADMIN"), await makeUser(), await makeUser()];
  await makeTeam(lead, [student]);
  await addDeck(student, { topic: "rope" }, now);
  await updateFlashcardSettings(student, { ...(await getFlashcardSettings(student)), newCardsPerDay: 5 });
  await rateSome(student, 6, now);
  await startTopicQuiz(student, { topic: "quantization", count: 3 }, now);
  await authenticateUser({ email: student.email, password: TEST_PASSWORD, ip: "203.0.113.5", now });
  await issuePasswordReset(admin, student.id, now);
  await createApiToken(student, { name: "script", scopes: ["reviews"], expiresInDays: 30 }, now);
  // A single sign-on identity (a team placed by the provider) and a link waiting for a password.
  await signInWithSso({ claims: { issuer: "https://id.example.test", subject: "s-1", email: "sso-backup@example.test", emailVerified: true, name: "Sso", groups: [], teams: ["Team"] }, roles: { role: null, lead: false }, teams: ["Team"], ssoOnly: false, now });
  await signInWithSso({ claims: { issuer: "https://id.example.test", subject: "s-2", email: lead.email, emailVerified: true, name: "Lead", groups: [], teams: [] }, roles: { role: null, lead: false }, teams: null, ssoOnly: false, now });
  // Text of multi-byte characters far longer than one read of COPY's output: chunks end inside characters.
  const long = await makeUser("STUDENT", `Θéta — ≤ 😀 ${"ünïcödé θ ≤ 😀 ".repeat(20_000)}`);
  expect(long.id).toBeTruthy();
}, 120_000);

afterAll(async () => {
  await target?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe("backup and restore of the database", () => {
  it("restores every row of every table into a fresh cluster", async () => {
    const file = path.join(dir, "full.qfbackup.gz");
    const made = await backupDatabase(process.env.DATABASE_URL!, file, now);
    const url = await freshDatabase();
    const result = await restoreDatabase(url, file);
    expect(result.rows).toBe(made.rows);
    const [before, after] = [await fingerprint(process.env.DATABASE_URL!), await fingerprint(url)];
    expect(after).toEqual(before);
    expect(made.tables).toBe(Object.keys(before).length);
    // The tables the filling reached (the rest stay empty in both).
    const filled = Object.entries(before).filter(([, v]) => !v.startsWith("0:")).map(([t]) => t);
    for (const table of ["User", "Session", "SignInThrottle", "Team", "Membership", "StudentCard", "ReviewLog", "SrsSettings", "Attempt", "AttemptQuestion", "ApiToken", "PasswordSetup", "SsoIdentity", "SsoLinkRequest", "QuestionTemplate", "CardNote", "Topic"]) {
      expect(filled, table).toContain(table);
    }
    // The restored instance keeps going: new review log ids follow the restored ones.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ next: string; max: string }>(`SELECT nextval(pg_get_serial_sequence('"ReviewLog"', 'id'))::text AS next, (SELECT MAX(id) FROM "ReviewLog")::text AS max`);
    await client.end();
    expect(BigInt(rows[0]!.next)).toBe(BigInt(rows[0]!.max) + 1n);
  }, 120_000);

  it("takes one consistent snapshot while ratings keep landing", async () => {
    const student = await makeUser();
    await addDeck(student, { topic: "peft" }, now);
    let writing = true;
    let ratings = 0;
    const writer = (async () => {
      const later = new Date(now.getTime() + 3_600_000);
      while (writing) {
        const { current } = await getReviewView(student, later);
        if (!current) break;
        await rateCard(student, { studentCardId: current.studentCardId, expectedVersion: current.version, rating: "again", durationMs: 500 }, later);
        ratings++;
      }
    })();
    const file = path.join(dir, "busy.qfbackup.gz");
    await new Promise((resolve) => setTimeout(resolve, 150));
    await backupDatabase(process.env.DATABASE_URL!, file, now);
    writing = false;
    await writer;
    expect(ratings).toBeGreaterThan(0);

    const url = await freshDatabase();
    await restoreDatabase(url, file);
    // Each rating updates its card's version and logs it in one statement: a consistent copy has as many logs as version steps.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ versions: number; logs: number }>(
      `SELECT (SELECT COALESCE(SUM(version), 0)::int FROM "StudentCard" WHERE "userId" = $1) AS versions, (SELECT COUNT(*)::int FROM "ReviewLog" WHERE "userId" = $1) AS logs`,
      [student.id],
    );
    await client.end();
    expect(rows[0]!.versions).toBe(rows[0]!.logs);
  }, 120_000);

  it("refuses a cut, a damaged or a newer backup, a connection without superuser rights and a database that isn't empty, writing nothing", async () => {
    const file = path.join(dir, "good.qfbackup.gz");
    await backupDatabase(process.env.DATABASE_URL!, file, now);
    const bytes = await readFile(file);
    const tables = async (url: string) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
      await client.end();
      return rows[0]!.n;
    };

    const cut = path.join(dir, "cut.qfbackup.gz");
    await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    let url = await freshDatabase();
    await expect(restoreDatabase(url, cut)).rejects.toThrow(/cut short/);
    expect(await tables(url)).toBe(0);

    const damaged = path.join(dir, "damaged.qfbackup.gz");
    const flipped = Buffer.from(bytes);
    flipped[Math.floor(flipped.length / 2)]! ^= 0xff;
    await writeFile(damaged, flipped);
    await expect(restoreDatabase(url, damaged)).rejects.toThrow(/damaged|cut short/);
    expect(await tables(url)).toBe(0);

    // Whole and well compressed, but a table's rows changed: its checksum tells.
    const text = gunzipSync(bytes).toString("utf8");
    const tampered = path.join(dir, "tampered.qfbackup.gz");
    await writeFile(tampered, gzipSync(text.replace(/\nTABLE \{"name":"Topic"[^\n]*\n/, (head) => `${head}extra\trow\n`)));
    await expect(restoreDatabase(url, tampered)).rejects.toThrow(/Topic doesn't match its checksum/);

    const newer = path.join(dir, "newer.qfbackup.gz");
    await writeFile(newer, gzipSync(text.replace(/"migrations":\[/, '"migrations":["29991231000000_from_the_future",')));
    await expect(restoreDatabase(url, newer)).rejects.toThrow(/newer version of Quizformer/);

    await writeFile(path.join(dir, "not-a-backup.gz"), gzipSync("hello"));
    await expect(restoreDatabase(url, path.join(dir, "not-a-backup.gz"))).rejects.toBeInstanceOf(BackupFileError);
    expect(await tables(url)).toBe(0);

    // A database of its owner's, without superuser rights: refused before anything is written.
    const admin = new pg.Client({ connectionString: target.urlFor("postgres") });
    await admin.connect();
    await admin.query(`CREATE ROLE plain_owner LOGIN PASSWORD 'plain-owner-password'`);
    await admin.query(`CREATE DATABASE owned_by_plain OWNER plain_owner`);
    await admin.end();
    const plainUrl = new URL(target.urlFor("owned_by_plain"));
    plainUrl.username = "plain_owner";
    plainUrl.password = "plain-owner-password";
    await expect(restoreDatabase(plainUrl.toString(), file)).rejects.toThrow(/needs a superuser/);
    expect(await tables(plainUrl.toString())).toBe(0);

    url = process.env.DATABASE_URL!;
    const count = await getDb().user.count();
    await expect(restoreDatabase(url, file)).rejects.toThrow(/isn't empty/);
    expect(await getDb().user.count()).toBe(count);
  }, 120_000);
});
