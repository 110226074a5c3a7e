import type { ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { spawnNext } from "../scripts/lib/run-next";
import { expect, test, type Page } from "./fixtures";
import { signUp, uniqueEmail } from "./helpers";
import { trySignIn } from "./http-sign-in";

/**
 * Stateless instances: a second production server on the journeys' database (and, for the crash,
 * a third) serves the same people as the first. Sessions, sign-in throttling and the review
 * schedule live in PostgreSQL only, so nothing depends on which instance answers.
 */

const A = Number(process.env.E2E_PORT ?? 3100);
const env = JSON.parse(readFileSync(path.join(process.cwd(), ".data", "e2e", "instance.json"), "utf8")) as { DATABASE_URL: string; NEXTAUTH_SECRET: string };
const url = (port: number) => `http://127.0.0.1:${port}`;

type Instance = { base: string; process: ChildProcess };

async function startInstance(port: number): Promise<Instance> {
  const child = spawnNext(["start", "-p", String(port), "-H", "127.0.0.1"], { ...process.env, ...env, NEXTAUTH_URL: url(port) });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${url(port)}/api/health`)).ok) return { base: url(port), process: child };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill("SIGKILL");
  throw new Error(`the instance on ${port} did not start`);
}

async function stopInstance(instance: Instance | undefined): Promise<void> {
  if (!instance || instance.process.exitCode !== null || instance.process.signalCode !== null) return;
  const exited = new Promise((r) => instance.process.once("exit", r));
  instance.process.kill("SIGTERM");
  await exited;
}

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

type Current = { studentCardId: string; version: number } | null;

/** Rates the card on screen on one instance; returns the status and, on 200, the next card. */
async function rate(page: Page, base: string, card: NonNullable<Current>): Promise<{ status: number; next: Current }> {
  const res = await page.request.post(`${base}/api/reviews`, { data: { studentCardId: card.studentCardId, expectedVersion: card.version, rating: "good", durationMs: 2000 }, failOnStatusCode: false });
  if (res.status() !== 200) return { status: res.status(), next: null };
  const body = (await res.json()) as { session: { current: Current } };
  return { status: 200, next: body.session.current };
}

async function studentWithCards(page: Page, name: string): Promise<string> {
  const email = uniqueEmail(name.toLowerCase());
  await signUp(page, { name, email, password: `${name} two instances` });
  await page.goto("/flashcards");
  await page.getByRole("button", { name: "Add the Sliding-window attention deck" }).click();
  await expect(page.getByRole("button", { name: "Remove the Sliding-window attention deck" })).toBeVisible();
  return email;
}

let b: Instance | undefined;
let c: Instance | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  b = await startInstance(A + 1);
});

test.afterAll(async () => {
  await stopInstance(b);
  await stopInstance(c);
});

test("a session made on one instance works on the other, and sign-in throttling counts tries on both", async ({ page }) => {
  const email = await studentWithCards(page, "Ines");
  await page.goto(`${b!.base}/account`);
  await expect(page.getByRole("heading", { name: "Your account", level: 1 })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();

  // Wrong passwords from one client, alternating between the instances: the limit is for both together.
  const outcomes: string[] = [];
  for (let i = 0; i < 8; i++) outcomes.push(await trySignIn(i % 2 ? b!.base : url(A), "127.0.0.7", email, `wrong guess ${i}`));
  expect(outcomes.slice(0, 5)).toEqual(Array(5).fill("Wrong email or password."));
  for (const outcome of outcomes.slice(5)) expect(outcome).toMatch(/^Too many sign-in attempts\. Try again in \d+ s\.$/);
});

test("ratings alternating between instances are each recorded once, and a card rated on both at once is rated once", async ({ page }) => {
  const email = await studentWithCards(page, "Ravi");
  let card = ((await (await page.request.get(`${url(A)}/api/reviews`)).json()) as { session: { current: Current } }).session.current;
  const accepted: { studentCardId: string; version: number }[] = [];
  for (let i = 0; i < 16; i++) {
    const { status, next } = await rate(page, i % 2 ? b!.base : url(A), card!);
    expect(status).toBe(200);
    accepted.push(card!);
    card = next;
  }
  // The same card, the same version, on both instances at once: one rating lands, the other is a conflict.
  const [one, two] = await Promise.all([rate(page, url(A), card!), rate(page, b!.base, card!)]);
  expect([one.status, two.status].sort()).toEqual([200, 409]);
  accepted.push(card!);

  const logs = (await query<{ logs: number }>(`SELECT count(*)::int AS logs FROM "ReviewLog" l JOIN "User" u ON u.id = l."userId" WHERE u.email = $1`, [email]))[0]!.logs;
  expect(logs).toBe(accepted.length);
  // Each card's version counts its reviews: none lost, none doubled.
  const cards = await query<{ id: string; version: number; logs: number }>(
    `SELECT s.id, s.version, count(l.id)::int AS logs FROM "StudentCard" s JOIN "User" u ON u.id = s."userId" LEFT JOIN "ReviewLog" l ON l."studentCardId" = s.id WHERE u.email = $1 GROUP BY s.id, s.version HAVING count(l.id) > 0`,
    [email],
  );
  for (const row of cards) expect(row.version).toBe(row.logs);
  expect(cards.reduce((n, r) => n + r.logs, 0)).toBe(accepted.length);
});

test("an instance killed in the middle of ratings loses none it acknowledged, and the others carry on", async ({ page }) => {
  test.setTimeout(180_000);
  const email = await studentWithCards(page, "Kim");
  c = await startInstance(A + 2);
  let card = ((await (await page.request.get(`${c.base}/api/reviews`)).json()) as { session: { current: Current } }).session.current;
  let acknowledged = 0;
  let inFlight = 0;
  // Rate on the doomed instance; it is killed (no shutdown) while a rating is on its way.
  const killAfter = 8;
  for (;;) {
    const pending = rate(page, c.base, card!).catch(() => ({ status: 0, next: null as Current }));
    if (acknowledged === killAfter) {
      c.process.kill("SIGKILL");
      inFlight = 1;
    }
    const { status, next } = await pending;
    if (status !== 200) break;
    acknowledged += 1;
    card = next;
    if (acknowledged > killAfter) break;
  }
  const logs = (await query<{ logs: number }>(`SELECT count(*)::int AS logs FROM "ReviewLog" l JOIN "User" u ON u.id = l."userId" WHERE u.email = $1`, [email]))[0]!.logs;
  // Every acknowledged rating is there; the one in flight at the kill may or may not have committed.
  expect(logs).toBeGreaterThanOrEqual(acknowledged);
  expect(logs).toBeLessThanOrEqual(acknowledged + inFlight);
  expect(acknowledged).toBeGreaterThanOrEqual(killAfter);

  // The surviving instances serve the same schedule: the card on screen is rated there.
  const session = ((await (await page.request.get(`${url(A)}/api/reviews`)).json()) as { session: { current: Current } }).session.current;
  expect(session).not.toBeNull();
  expect((await rate(page, b!.base, session!)).status).toBe(200);
});
