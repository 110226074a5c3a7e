import "server-only";
import type { z } from "zod";
import { actorOf, type Actor } from "@/lib/server/data/actor";
import type { SessionUser } from "@/lib/server/data/accounts/get-session-user";
import { appErrorCode, isAppError } from "@/lib/server/errors";
import { jsonReply } from "@/lib/server/http/json-reply";
import { readBodyBytes } from "@/lib/server/http/read-body-bytes";
import { JSON_BODY_LIMIT_BYTES, readJsonBody } from "@/lib/server/http/read-json-body";
import type { ApiScopeName } from "@/lib/auth/api-scopes";
import type { RouteDoc } from "./route-doc";
import { afterEntry, beforeEntry, outcomeOf, reportUnexpected, UNEXPECTED_MESSAGE, type EntryCall, type EntryPolicy } from "./entry-hooks";

/** Who calls: a browser session (everything its user may do), or a personal access token (within its scopes). */
export type Caller = { user: SessionUser; via: "session" } | { user: SessionUser; via: "token"; scopes: readonly ApiScopeName[] };
/** The caller of a request, or null: no session, or an Authorization header that isn't a live token. */
export type ResolveCaller = (request: Request) => Promise<Caller | null>;

type Auth = "public" | "user" | "admin";

/** A JSON body parsed with a schema (415 for another content type, 413 over the cap, 400 unparsable). */
type JsonBody<S extends z.ZodType> = { json: S; maxBytes?: number; hint: string };
/** A raw body of one content type, read up to a cap (uploads). */
type BytesBody = { bytes: { contentType: string; maxBytes: number; subject: string } };

type BodyOf<B> = B extends JsonBody<infer S> ? z.output<S> : B extends BytesBody ? Uint8Array<ArrayBuffer> : undefined;

export type RouteSpec<A extends Auth, Pr extends z.ZodType, Q extends z.ZodType, B extends JsonBody<z.ZodType> | BytesBody | undefined> = EntryPolicy<never> & {
  /** For logs and the audit line: kebab-case verb-noun ("export-gift"). */
  name: string;
  auth: A;
  /** The 401 message for a caller without a session. */
  signIn?: string;
  /** The scope a personal access token needs here; without one, tokens are refused (403). */
  token?: ApiScopeName;
  /** The route's entry in /api/openapi.json (every route under app/api has one; a test checks). */
  doc?: RouteDoc;
  params?: Pr;
  query?: Q;
  body?: B;
  /** Refusals with this code answer as "not found" instead: ids of other people's things stay unconfirmed. */
  hideForbidden?: string;
};

export type RouteContext<A extends Auth, Pr extends z.ZodType, Q extends z.ZodType, B> = {
  request: Request;
  user: A extends "public" ? null : SessionUser;
  actor: A extends "public" ? null : Actor;
  params: z.output<Pr>;
  query: z.output<Q>;
  body: BodyOf<B>;
  now: Date;
};

type NextContext = { params: Promise<Record<string, string | string[]>> };

function problem(status: number, error: string, extra: Record<string, unknown> = {}): Response {
  return jsonReply({ error, ...extra }, { status });
}

function issuesOf(error: z.ZodError): string[] {
  return error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message));
}

/** Query strings as an object; an empty value counts as absent, so `?variants=` falls back to the default. */
function queryObject(url: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of new URL(url).searchParams) if (value !== "" && !(key in out)) out[key] = value;
  return out;
}

type Parsed = { ok: true; value: unknown } | { ok: false; response: Response };

async function parseBody(request: Request, body: JsonBody<z.ZodType> | BytesBody | undefined): Promise<Parsed> {
  if (!body) return { ok: true, value: undefined };
  if ("bytes" in body) {
    // Not a content type a cross-site form can send without a CORS preflight.
    const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
    if (type !== body.bytes.contentType) return { ok: false, response: problem(415, `Send the file as the body (Content-Type: ${body.bytes.contentType}).`) };
    const read = await readBodyBytes(request, { maxBytes: body.bytes.maxBytes, subject: body.bytes.subject });
    return read.ok ? { ok: true, value: read.bytes } : read;
  }
  const read = await readJsonBody(request, { maxBytes: body.maxBytes ?? JSON_BODY_LIMIT_BYTES });
  if (!read.ok) return read;
  const parsed = body.json.safeParse(read.value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = issuesOf(parsed.error);
  return { ok: false, response: problem(400, `${body.hint} ${issues.join("; ")}`, { issues }) };
}

/** Route handlers' one shape; see define-route.ts. */
export function createDefineRoute(resolveCaller: ResolveCaller) {
  return function defineRoute<
    A extends Auth,
    Pr extends z.ZodType = z.ZodType<Record<string, never>>,
    Q extends z.ZodType = z.ZodType<Record<string, never>>,
    B extends JsonBody<z.ZodType> | BytesBody | undefined = undefined,
  >(spec: RouteSpec<A, Pr, Q, B>, handler: (ctx: RouteContext<A, Pr, Q, B>) => Promise<Response>): DocumentedHandler {
    const route = async (request: Request, context?: NextContext): Promise<Response> => {
      const startedAt = performance.now();
      const call: EntryCall = { kind: "route", name: spec.name, actor: null };
      try {
        const caller = spec.auth === "public" ? null : await resolveCaller(request);
        if (spec.auth !== "public" && !caller) {
          // A script that sent a token learns that the token is the problem.
          if (/^\s*Bearer(\s|$)/i.test(request.headers.get("authorization") ?? "")) return problem(401, "This API token isn't valid: it may have been revoked or have expired. Send it as `Authorization: Bearer qf_…`.");
          return problem(401, spec.signIn ?? "Sign in first.");
        }
        if (caller?.via === "token") {
          if (!spec.token) return problem(403, "API tokens can't be used here: this endpoint is for the signed-in browser.");
          if (!caller.scopes.includes(spec.token)) return problem(403, `This token lacks the "${spec.token}" scope. Create one with it on your account page.`);
        }
        // A token acts with an administrator's powers only if it has the admin scope: an admin's
        // progress:read token reads as a lead's would, not every team's.
        const user = caller?.via === "token" && caller.user.role === "ADMIN" && !caller.scopes.includes("admin") ? { ...caller.user, role: "STUDENT" as const } : (caller?.user ?? null);
        call.actor = user ? actorOf(user) : null;
        if (spec.auth === "admin" && user?.role !== "ADMIN") return problem(403, "Only administrators can do this.");

        const params = spec.params ? spec.params.safeParse((await context?.params) ?? {}) : { success: true as const, data: {} };
        if (!params.success) return problem(404, "Not found.");
        const query = spec.query ? spec.query.safeParse(queryObject(request.url)) : { success: true as const, data: {} };
        if (!query.success) {
          const issues = query.error.issues.map((i) => i.message);
          return problem(400, issues.join(" "), { issues });
        }
        const body = await parseBody(request, spec.body);
        if (!body.ok) return body.response;

        const now = new Date();
        await beforeEntry(call, spec, undefined as never, now);
        const ctx = { request, user, actor: call.actor, params: params.data, query: query.data, body: body.value, now };
        const response = await handler(ctx as RouteContext<A, Pr, Q, B>);
        afterEntry(call, spec, response.ok ? "ok" : String(response.status), startedAt);
        return response;
      } catch (error) {
        afterEntry(call, spec, outcomeOf(error), startedAt);
        if (spec.hideForbidden && appErrorCode(error) === "forbidden") return problem(404, spec.hideForbidden);
        if (isAppError(error)) {
          const retry = appErrorCode(error) === "rate_limited" ? { "retry-after": String((error as { retryAfterSeconds?: number }).retryAfterSeconds ?? 60) } : undefined;
          return jsonReply({ error: error.message }, { status: error.status, headers: retry });
        }
        reportUnexpected(call, error);
        return problem(500, UNEXPECTED_MESSAGE);
      }
    };
    // The spec travels with the handler, for the API description.
    return Object.assign(route, { spec: spec as AnyRouteSpec });
  };
}

export type AnyRouteSpec = RouteSpec<Auth, z.ZodType, z.ZodType, JsonBody<z.ZodType> | BytesBody | undefined>;
export type DocumentedHandler = ((request: Request, context?: NextContext) => Promise<Response>) & { spec: AnyRouteSpec };
