import "server-only";
import { z } from "zod";
import { API_SCOPE_LABELS } from "@/lib/auth/api-scopes";
import type { AnyRouteSpec, DocumentedHandler } from "@/lib/server/entry/route-core";

/*
 * The JSON API's description (OpenAPI 3.1), built from the route handlers' own specs: their zod
 * schemas for path parameters, query and body, the scope a token needs, who may call, and the
 * words each route adds (`doc`). So it can't drift from what the handlers accept.
 */

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof METHODS)[number];
export type ApiRoute = { path: string; handlers: Partial<Record<HttpMethod, DocumentedHandler>> };

const MEDIA: Record<NonNullable<AnyRouteSpec["doc"]>["success"]["type"], string> = {
  json: "application/json",
  csv: "text/csv",
  apkg: "application/octet-stream",
  ndjson: "application/x-ndjson",
  gift: "text/plain",
  xml: "application/xml",
};

const ERROR_BODY = { content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };

/** A zod schema as JSON Schema, as a request takes it (the document names its dialect once, not per schema). */
export function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const out = { ...(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>) };
  delete out.$schema;
  return out;
}

/** "/api/attempts/[attemptId]/answers" → "/api/attempts/{attemptId}/answers". */
export function openApiPath(path: string): string {
  return path.replace(/\[(\w+)\]/g, "{$1}");
}

function parameters(spec: AnyRouteSpec): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const [where, schema] of [
    ["path", spec.params],
    ["query", spec.query],
  ] as const) {
    if (!schema) continue;
    const object = jsonSchema(schema) as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
    for (const [name, property] of Object.entries(object.properties ?? {})) {
      out.push({ name, in: where, required: where === "path" || (object.required ?? []).includes(name), schema: property });
    }
  }
  return out;
}

function operation(spec: AnyRouteSpec): Record<string, unknown> {
  const doc = spec.doc;
  if (!doc) throw new Error(`The route "${spec.name}" has no doc for the API description.`);
  const responses: Record<string, unknown> = {
    [String(doc.success.status ?? 200)]: {
      description: doc.success.description,
      content: { [MEDIA[doc.success.type]]: doc.success.schema ? { schema: jsonSchema(doc.success.schema) } : {} },
    },
  };
  if (spec.query || spec.body) responses["400"] = { description: "The query or body is invalid; `error` says why (and `issues` lists each problem).", ...ERROR_BODY };
  if (spec.auth !== "public") {
    responses["401"] = { description: "No session or token, or a token that was revoked or has expired.", ...ERROR_BODY };
    responses["403"] = { description: "Not allowed: not yours to see or change, a token without the scope, or not an administrator.", ...ERROR_BODY };
  }
  if (spec.params || spec.hideForbidden) responses["404"] = { description: "Not found (someone else's reads as missing).", ...ERROR_BODY };
  if (spec.body) {
    responses["413"] = { description: "The body is larger than this route takes.", ...ERROR_BODY };
    responses["415"] = { description: "The body isn't of the content type this route takes.", ...ERROR_BODY };
  }
  const body = spec.body
    ? "json" in spec.body
      ? { required: true, content: { "application/json": { schema: jsonSchema(spec.body.json) } } }
      : { required: true, content: { [spec.body.bytes.contentType]: { schema: { type: "string", format: "binary" } } } }
    : undefined;
  const scope = spec.token;
  return {
    operationId: spec.name,
    summary: doc.summary,
    ...(doc.description ? { description: doc.description } : {}),
    ...(spec.auth === "admin" ? { "x-administrators-only": true } : {}),
    ...(scope ? { "x-token-scope": scope } : {}),
    security: spec.auth === "public" ? [] : scope ? [{ apiToken: [] }, { session: [] }] : [{ session: [] }],
    parameters: parameters(spec),
    ...(body ? { requestBody: body } : {}),
    responses,
  };
}

export function buildOpenApi(routes: readonly ApiRoute[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const item: Record<string, unknown> = {};
    for (const method of METHODS) {
      const handler = route.handlers[method];
      if (handler) item[method.toLowerCase()] = operation(handler.spec);
    }
    paths[openApiPath(route.path)] = item;
  }
  const scopes = Object.entries(API_SCOPE_LABELS)
    .map(([scope, { detail }]) => `\`${scope}\`: ${detail}`)
    .join("; ");
  return {
    openapi: "3.1.0",
    info: {
      title: "Quizformer JSON API",
      version,
      description: `Scripts call it with a personal access token (made on the account page) as \`Authorization: Bearer qf_…\`; each route names the scope a token needs (\`x-token-scope\`): ${scopes}. The browser's session cookie works too. Errors answer \`{ error }\` with a reason.`,
    },
    paths,
    components: {
      securitySchemes: {
        apiToken: { type: "http", scheme: "bearer", description: "A personal access token, `qf_` and 43 characters." },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "The signed-in browser's session (`__Secure-next-auth.session-token` over https)." },
      },
      schemas: { Error: { type: "object", required: ["error"], properties: { error: { type: "string" }, issues: { type: "array", items: { type: "string" } } } } },
    },
  };
}
