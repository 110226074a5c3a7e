import { expect, test, type APIRequestContext } from "@playwright/test";
import { ACTORS, ACTOR_LABELS, type ActorName } from "./authz/actors";
import { actionCases, pageCases, routeCases, type ActionOutcome, type PageOutcome, type RouteOutcome } from "./authz/cases";
import { listActions, listPages, listRoutes } from "./authz/entry-points";
import { buildWorld, type Fixtures, type World } from "./authz/fixtures";
import { callAction, readActionIds, type ActionResponse } from "./authz/server-action";

/*
 * Every page, route handler and server action × outsider, student, member of team A, lead of
 * team B and admin, over real HTTP against the production build. The case table is
 * e2e/authz/cases.ts; the entry points come from the file tree, so a new one without a case fails
 * here. Set AUTHZ_VERBOSE=1 to print every action's answer.
 */

/** Requests in flight at once: the server shares a small machine with the database. */
const CONCURRENCY = 5;
const REFUSAL_CODES = new Set(["not_authenticated", "forbidden", "not_found"]);

const isSignin = (location: string | undefined) => !!location && new URL(location, "http://x").pathname === "/signin";
const show = (v: unknown) => (typeof v === "object" ? JSON.stringify(v) : String(v));

/** Collects every differing outcome of one kind, then fails once with all of them listed. */
function report(kind: string, failures: string[], total: number): void {
  console.log(`[authz] ${kind}: ${total - failures.length}/${total} outcomes as expected`);
  expect(failures, `${kind} whose outcome differs from the matrix:\n${failures.join("\n")}`).toEqual([]);
}

test("every entry point in the file tree has a case, and every case names one", () => {
  const pages = listPages().map((p) => p.pattern);
  const routes = listRoutes().map((r) => r.key);
  const actions = listActions().map((a) => a.key);
  const missing = (found: string[], table: object) => found.filter((k) => !(k in table));
  const stale = (found: string[], table: object) => Object.keys(table).filter((k) => !found.includes(k));
  expect({ pages: missing(pages, pageCases), routes: missing(routes, routeCases), actions: missing(actions, actionCases) }, "entry points without a case in e2e/authz/cases.ts").toEqual({
    pages: [],
    routes: [],
    actions: [],
  });
  expect({ pages: stale(pages, pageCases), routes: stale(routes, routeCases), actions: stale(actions, actionCases) }, "cases naming no entry point").toEqual({
    pages: [],
    routes: [],
    actions: [],
  });
  // Every action the source exports is one the build knows, so the matrix can call it (rebuild after adding one).
  const ids = readActionIds();
  expect(listActions().filter((a) => !ids.has(`${a.file}#${a.name}`)).map((a) => a.key), "actions missing from the build").toEqual([]);
  const n = ACTORS.length;
  console.log(
    `[authz] matrix: ${pages.length} pages × ${n} + ${routes.length} route handlers × ${n} + ${actions.length} server actions × ${n} = ${(pages.length + routes.length + actions.length) * n} cases`,
  );
});

test.describe("over HTTP", () => {
  let world: World;

  test.beforeAll(async ({ baseURL }) => {
    test.setTimeout(120_000);
    world = await buildWorld(baseURL!, readActionIds());
  });

  test.afterAll(async () => {
    await Promise.all(Object.values(world?.contexts ?? {}).map((c) => c.dispose()));
  });

  const fill = (pattern: string, url?: (fx: Fixtures) => string): string => {
    if (url) return url(world.fx);
    if (pattern.includes("[")) throw new Error(`${pattern} has [params]: its case needs a url`);
    return pattern;
  };

  // ───────────── pages ─────────────

  async function pageOutcome(context: APIRequestContext, url: string): Promise<PageOutcome | number> {
    const response = await context.get(url, { maxRedirects: 0, failOnStatusCode: false });
    const status = response.status();
    const location = response.headers().location;
    if (status >= 300 && status < 400) return isSignin(location) ? "signin" : { redirect: new URL(location ?? "", "http://x").pathname };
    return status;
  }

  const pageMatches = (expected: PageOutcome, got: PageOutcome | number): boolean =>
    typeof expected === "object" ? typeof got === "object" && got.redirect.startsWith(expected.redirect) : expected === got;

  test("pages", async () => {
    // Reads only: every page × person runs independently, a few at a time.
    const tasks = Object.entries(pageCases).flatMap(([pattern, c]) =>
      ACTORS.map((actor) => async () => {
        const url = fill(pattern, c.url);
        const got = await pageOutcome(world.contexts[actor], url);
        return pageMatches(c.expect[actor], got) ? null : `${pattern} (${url}) as ${ACTOR_LABELS[actor]}: expected ${show(c.expect[actor])}, got ${show(got)}`;
      }),
    );
    const results: Array<string | null> = [];
    for (let i = 0; i < tasks.length; i += CONCURRENCY) results.push(...(await Promise.all(tasks.slice(i, i + CONCURRENCY).map((t) => t()))));
    report("pages", results.filter((f): f is string => f !== null), tasks.length);
  });

  // ───────────── route handlers ─────────────

  test("route handlers", async () => {
    const failures: string[] = [];
    let total = 0;
    for (const [key, c] of Object.entries(routeCases)) {
      const [method = "", pattern = ""] = key.split(" ");
      const url = fill(pattern, c.url);
      const call = async (actor: ActorName) => {
        total++;
        const response = await world.contexts[actor].fetch(url, {
          method,
          maxRedirects: 0,
          failOnStatusCode: false,
          ...(c.json ? { data: c.json(world.fx, actor), headers: { "content-type": "application/json" } } : {}),
          ...(c.form ? { form: c.form } : {}),
          ...(c.body ? { data: Buffer.from(c.body.data), headers: { "content-type": c.body.contentType } } : {}),
        });
        const status = response.status();
        const got: RouteOutcome = c.expect[actor] === "signin" && isSignin(response.headers().location) ? "signin" : status;
        if (got !== c.expect[actor]) failures.push(`${key} (${url}) as ${ACTOR_LABELS[actor]}: expected ${c.expect[actor]}, got ${status} ${(await response.text()).slice(0, 200)}`);
      };
      // Refused people first, together; then the allowed ones, one by one (they may write).
      await Promise.all(ACTORS.filter((a) => c.expect[a] !== 200).map(call));
      for (const actor of ACTORS.filter((a) => c.expect[a] === 200)) await call(actor);
    }
    report("route handlers", failures, total);
  });

  // ───────────── route handlers, with personal access tokens ─────────────

  test("route handlers with personal access tokens", async ({ playwright }) => {
    const failures: string[] = [];
    let total = 0;
    // No cookies: the token alone says who calls.
    const bare = await playwright.request.newContext({ baseURL: world.baseURL });
    try {
      for (const [key, c] of Object.entries(routeCases)) {
        if (c.token === "public") continue;
        const [method = "", pattern = ""] = key.split(" ");
        const url = fill(pattern, c.url);
        for (const actor of ACTORS.filter((a): a is Exclude<ActorName, "outsider"> => a !== "outsider")) {
          const tokens = world.fx.tokens[actor];
          const checks: [what: string, token: string, expected: RouteOutcome][] = [
            ["a revoked token", tokens.revoked, 401],
            ["a token without the route's scope", c.token === "reviews" ? tokens.attemptsOnly : tokens.reviewsOnly, 403],
          ];
          // With every scope, a token gets what its owner's session got; a write that went through is not sent twice.
          if (c.token === "browser") checks.push(["a token with every scope", tokens.full, 403]);
          else if (method === "GET" || c.expect[actor] !== 200) checks.push(["a token with every scope", tokens.full, c.expect[actor]]);
          for (const [what, token, expected] of checks) {
            total++;
            const response = await bare.fetch(url, {
              method,
              maxRedirects: 0,
              failOnStatusCode: false,
              headers: {
                authorization: `Bearer ${token}`,
                ...(c.json ? { "content-type": "application/json" } : {}),
                ...(c.body ? { "content-type": c.body.contentType } : {}),
              },
              ...(c.json ? { data: c.json(world.fx, actor) } : {}),
              ...(c.body ? { data: Buffer.from(c.body.data) } : {}),
            });
            if (response.status() !== expected) failures.push(`${key} (${url}) with ${ACTOR_LABELS[actor]}'s ${what}: expected ${expected}, got ${response.status()} ${(await response.text()).slice(0, 200)}`);
          }
        }
      }
    } finally {
      await bare.dispose();
    }
    report("route handlers with tokens", failures, total);
  });

  // ───────────── server actions ─────────────

  /** What an action's answer means for the matrix (see ActionOutcome), or "unexpected". */
  function judge(response: ActionResponse): ActionOutcome | "unexpected" {
    if (response.kind === "redirect") return isSignin(response.location) ? "refused" : "allowed";
    if (response.kind === "http") return [401, 403, 404].includes(response.status) || isSignin(response.location) ? "refused" : "unexpected";
    const value = response.value as { ok?: boolean; kind?: string; code?: string } | null;
    if (value?.ok === true || value?.kind === "result") return "allowed";
    if (value?.code && REFUSAL_CODES.has(value.code)) return "refused";
    if (value?.code === "conflict") return "closed";
    // The data layer objected to the input (validation…): the call got past authorization.
    if (value?.code) return "allowed";
    // No code: the action's own input parsing refused the arguments, so the case's arguments are wrong.
    return "unexpected";
  }

  test("server actions", async () => {
    test.setTimeout(180_000);
    const failures: string[] = [];
    const entries = new Map(listActions().map((a) => [a.key, a]));
    let total = 0;
    // In table order: some cases rely on an earlier one (answer an attempt, then finish it).
    for (const [key, c] of Object.entries(actionCases)) {
      const entry = entries.get(key);
      if (!entry) continue; // reported by the coverage test
      const id = world.actionIds.get(`${entry.file}#${entry.name}`);
      if (!id) continue; // reported by the coverage test
      const page = fill(entry.pattern, c.page);
      const call = async (actor: ActorName) => {
        total++;
        const response = await callAction(world.contexts[actor], page, id, c.args(world.fx, actor), world.baseURL);
        const got = judge(response);
        if (process.env.AUTHZ_VERBOSE) console.log(`[authz] ${key} ${actor}: ${got} ${show(response).slice(0, 200)}`);
        // A conflict is past authorization too, so it satisfies "allowed".
        const ok = got === c.expect[actor] || (got === "closed" && c.expect[actor] === "allowed");
        if (!ok) failures.push(`${key} as ${ACTOR_LABELS[actor]}: expected ${c.expect[actor]}, got ${got} ${show(response).slice(0, 300)}`);
      };
      // Refused people first, so an allowed write can't be what makes a refusal look right.
      await Promise.all(ACTORS.filter((a) => c.expect[a] !== "allowed").map(call));
      for (const actor of ACTORS.filter((a) => c.expect[a] === "allowed")) await call(actor);
    }
    report("server actions", failures, total);
  });
});
