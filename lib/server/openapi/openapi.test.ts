import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Validator } from "@seriousme/openapi-schema-validator";
import { API_ROUTES } from "@/app/api/openapi.json/routes";
import { GET as openApiRoute } from "@/app/api/openapi.json/route";
import { recordReviewSchema } from "@/lib/server/data/flashcards/record-review";
import { buildOpenApi, jsonSchema, openApiPath } from "./build-openapi";

const API_DIR = path.join(process.cwd(), "app", "api");

/** Every route file under app/api, as its URL path ("/api/teams/[teamId]/progress.csv"). */
function routeFiles(dir = API_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [`/${path.relative(path.join(process.cwd(), "app"), dir).split(path.sep).join("/")}`] : [];
  });
}

describe("the JSON API's description", () => {
  const document = buildOpenApi(API_ROUTES, "test") as { openapi: string; paths: Record<string, Record<string, Record<string, unknown>>> };

  it("lists every route handler under app/api (next-auth's own and the description itself aside), each with a doc", () => {
    const files = routeFiles().filter((p) => !p.startsWith("/api/auth/") && p !== "/api/openapi.json");
    expect(API_ROUTES.map((r) => r.path).sort()).toEqual(files.sort());
    for (const route of API_ROUTES) {
      const methods = Object.keys(route.handlers).filter((k) => /^[A-Z]+$/.test(k));
      expect(methods.length, route.path).toBeGreaterThan(0);
      for (const method of methods) {
        const operation = document.paths[openApiPath(route.path)]?.[method.toLowerCase()];
        expect(operation, `${method} ${route.path}`).toBeDefined();
        expect(operation!.summary, `${method} ${route.path}`).toEqual(expect.any(String));
      }
    }
  });

  it("takes bodies, parameters, scopes and who may call from the handlers themselves", () => {
    const rate = document.paths["/api/reviews"]!.post!;
    expect(rate["x-token-scope"]).toBe("reviews");
    expect(rate.security).toEqual([{ apiToken: [] }, { session: [] }]);
    expect(rate.requestBody).toEqual({ required: true, content: { "application/json": { schema: jsonSchema(recordReviewSchema) } } });
    expect(jsonSchema(recordReviewSchema)).toMatchObject({ type: "object", required: expect.arrayContaining(["studentCardId", "expectedVersion", "rating", "durationMs"]) });
    expect(Object.keys(rate.responses as object).sort()).toEqual(["200", "400", "401", "403", "404", "413", "415"]);

    const answer = document.paths["/api/attempts/{attemptId}/answers"]!.post!;
    expect(answer["x-token-scope"]).toBe("attempts");
    expect(answer.parameters).toEqual([expect.objectContaining({ name: "attemptId", in: "path", required: true })]);
    expect((answer.requestBody as { content: Record<string, { schema: { required: string[] } }> }).content["application/json"]!.schema.required.sort()).toEqual([
      "idempotencyKey",
      "position",
      "response",
    ]);

    const progress = document.paths["/api/teams/{teamId}/progress.csv"]!.get!;
    expect(progress["x-token-scope"]).toBe("progress:read");
    expect((progress.parameters as { name: string; in: string }[]).map((p) => `${p.in}:${p.name}`)).toEqual(["path:teamId", "query:from", "query:to"]);
    expect(Object.keys((progress.responses as Record<string, { content?: object }>)["200"]!.content!)).toEqual(["text/csv"]);

    expect(document.paths["/api/admin/import"]!.post!["x-administrators-only"]).toBe(true);
    expect(document.paths["/api/health"]!.get!.security).toEqual([]);
  });

  it("is served at /api/openapi.json, describing itself too", async () => {
    const response = await openApiRoute(new Request("http://localhost/api/openapi.json"));
    expect(response.status).toBe(200);
    const served = (await response.json()) as typeof document;
    expect(served.openapi).toBe("3.1.0");
    // Valid against the OpenAPI 3.1 specification's own schema.
    const result = await new Validator().validate(served as unknown as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? [], JSON.stringify(result.errors, null, 2)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(Object.keys(served.paths)).toEqual([...Object.keys(document.paths), "/api/openapi.json"]);
  });
});
