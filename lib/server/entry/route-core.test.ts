import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionUser } from "@/lib/server/data/accounts/get-session-user";
import { ForbiddenError, NotFoundError, RateLimitedError } from "@/lib/server/errors";
import { createDefineRoute } from "./route-core";

const student: SessionUser = { id: "u1", email: "s@example.com", name: "S", role: "STUDENT", timeZone: "UTC" };
const admin: SessionUser = { ...student, id: "a1", role: "ADMIN" };
const as = (user: SessionUser | null) => createDefineRoute(async () => (user ? { user, via: "session" } : null));
const ok = async () => Response.json({ fine: true });

function jsonRequest(body: string, type = "application/json"): Request {
  return new Request("http://localhost/api/x", { method: "POST", headers: { "content-type": type }, body });
}

afterEach(() => vi.restoreAllMocks());

describe("defineRoute", () => {
  it("answers 401 with the route's message without a session, and lets public routes through", async () => {
    const route = as(null)({ name: "demo", auth: "user", signIn: "Sign in to export." }, ok);
    const response = await route(new Request("http://localhost/x"));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "Sign in to export." });
    expect((await as(null)({ name: "demo", auth: "public" }, ok)(new Request("http://localhost/x"))).status).toBe(200);
  });

  it("lets a personal access token in only where the route names a scope the token has", async () => {
    const token = (scopes: ("reviews" | "attempts" | "progress:read" | "admin")[], user = student) => createDefineRoute(async () => ({ user, via: "token", scopes }));
    const bearer = new Request("http://localhost/x", { headers: { authorization: "Bearer qf_x" } });
    const browserOnly = await token(["reviews"])({ name: "demo", auth: "user" }, ok)(bearer);
    expect(browserOnly.status).toBe(403);
    expect(await browserOnly.json()).toEqual({ error: "API tokens can't be used here: this endpoint is for the signed-in browser." });
    const lacking = await token(["attempts"])({ name: "demo", auth: "user", token: "reviews" }, ok)(bearer);
    expect(lacking.status).toBe(403);
    expect((await lacking.json()).error).toMatch(/lacks the "reviews" scope/);
    expect((await token(["attempts", "reviews"])({ name: "demo", auth: "user", token: "reviews" }, ok)(bearer)).status).toBe(200);
    // The admin scope doesn't make a student an administrator.
    expect((await token(["admin"])({ name: "demo", auth: "admin", token: "admin" }, ok)(bearer)).status).toBe(403);
    expect((await token(["admin"], admin)({ name: "demo", auth: "admin", token: "admin" }, ok)(bearer)).status).toBe(200);
    // Without the admin scope, an administrator's token carries no administrator's powers to the data layer.
    const roleSeen = (scopes: ("progress:read" | "admin")[]) =>
      token(scopes, admin)({ name: "demo", auth: "user", token: "progress:read" }, async ({ actor }) => Response.json({ role: actor.role }))(bearer).then((r) => r.json());
    expect(await roleSeen(["progress:read"])).toEqual({ role: "STUDENT" });
    expect(await roleSeen(["progress:read", "admin"])).toEqual({ role: "ADMIN" });
  });

  it("tells a script whose token isn't live that the token is the problem", async () => {
    const route = as(null)({ name: "demo", auth: "user", token: "reviews", signIn: "Sign in to review." }, ok);
    const refused = await route(new Request("http://localhost/x", { headers: { authorization: "Bearer qf_revoked" } }));
    expect(refused.status).toBe(401);
    expect((await refused.json()).error).toMatch(/This API token isn't valid/);
    expect(await (await route(new Request("http://localhost/x"))).json()).toEqual({ error: "Sign in to review." });
  });

  it("answers 403 to non-admins on admin routes", async () => {
    expect((await as(student)({ name: "demo", auth: "admin" }, ok)(new Request("http://localhost/x"))).status).toBe(403);
    expect((await as(admin)({ name: "demo", auth: "admin" }, ok)(new Request("http://localhost/x"))).status).toBe(200);
  });

  it("parses the query (empty values count as absent) and answers 400 with every reason", async () => {
    const query = z.object({ variants: z.coerce.number().int().max(20, { error: "variants must be at most 20." }).default(3), topic: z.string().regex(/^[a-z]+$/, { error: "topic must be a slug." }).optional() });
    const route = as(admin)({ name: "demo", auth: "admin", query }, async ({ query: q }) => Response.json(q));
    expect(await (await route(new Request("http://localhost/x?variants=&topic=rope"))).json()).toEqual({ variants: 3, topic: "rope" });
    const bad = await route(new Request("http://localhost/x?variants=99&topic=R!"));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: "variants must be at most 20. topic must be a slug.", issues: ["variants must be at most 20.", "topic must be a slug."] });
  });

  it("answers 404 for params its schema refuses", async () => {
    const route = as(student)({ name: "demo", auth: "user", params: z.object({ id: z.string().max(5) }) }, async ({ params }) => Response.json(params));
    expect(await (await route(new Request("http://localhost/x"), { params: Promise.resolve({ id: "abc" }) })).json()).toEqual({ id: "abc" });
    expect((await route(new Request("http://localhost/x"), { params: Promise.resolve({ id: "far-too-long" }) })).status).toBe(404);
  });

  it("reads JSON bodies through the cap and the schema: 415, 413, 400 with the path of each issue", async () => {
    const body = { json: z.object({ rating: z.enum(["good", "again"]) }), maxBytes: 64, hint: "Send { rating }." };
    const route = as(student)({ name: "demo", auth: "user", body }, async ({ body: b }) => Response.json(b));
    expect(await (await route(jsonRequest('{"rating":"good"}'))).json()).toEqual({ rating: "good" });
    expect((await route(jsonRequest('{"rating":"good"}', "text/plain"))).status).toBe(415);
    expect((await route(jsonRequest(JSON.stringify({ rating: "x".repeat(100) })))).status).toBe(413);
    const bad = await route(jsonRequest('{"rating":"meh"}'));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/^Send \{ rating \}\. rating: /);
  });

  it("reads raw uploads of one content type up to their cap", async () => {
    const body = { bytes: { contentType: "application/octet-stream", maxBytes: 8, subject: "The file" } };
    const route = as(admin)({ name: "demo", auth: "admin", body }, async ({ body: b }) => new Response(String(b.byteLength)));
    const upload = (data: string, type: string) => new Request("http://localhost/x", { method: "POST", headers: { "content-type": type }, body: data });
    expect(await (await route(upload("1234", "application/octet-stream"))).text()).toBe("4");
    expect((await route(upload("1234", "multipart/form-data"))).status).toBe(415);
    expect((await route(upload("123456789", "application/octet-stream"))).status).toBe(413);
  });

  it("maps typed errors to their status and code, and can hide refusals as not found", async () => {
    const route = as(student)({ name: "demo", auth: "user" }, async () => {
      throw new NotFoundError("No such quiz.");
    });
    const response = await route(new Request("http://localhost/x"));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "No such quiz." });
    const hidden = as(student)({ name: "demo", auth: "user", hideForbidden: "This card isn't in your decks." }, async () => {
      throw new ForbiddenError("Not yours.");
    });
    const refused = await hidden(new Request("http://localhost/x"));
    expect(refused.status).toBe(404);
    expect(await refused.json()).toEqual({ error: "This card isn't in your decks." });
  });

  it("sends Retry-After with a rate-limit refusal from the limit hook", async () => {
    const route = as(student)({ name: "demo", auth: "user", limit: async () => { throw new RateLimitedError(12, "downloads"); } }, ok);
    const response = await route(new Request("http://localhost/x"));
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("12");
  });

  it("logs an unexpected error once and answers a generic 500", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const route = as(student)({ name: "demo-crash", auth: "user" }, async () => {
      throw new Error("password authentication failed for user postgres");
    });
    const response = await route(new Request("http://localhost/x"));
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain("postgres");
    expect(errors).toHaveBeenCalledTimes(1);
    expect(JSON.parse(String(errors.mock.calls[0]?.[0]))).toMatchObject({ event: "route_failed", name: "demo-crash", actorId: "u1" });
  });
});
