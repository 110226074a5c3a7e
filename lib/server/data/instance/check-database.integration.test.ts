import { afterEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/health/route";

/** The health endpoint is public: when the database is down it says so, and nothing about where it is. */

const globals = globalThis as unknown as { quizformerPrisma?: unknown };
const saved = { url: process.env.DATABASE_URL, client: globals.quizformerPrisma };

afterEach(() => {
  process.env.DATABASE_URL = saved.url;
  globals.quizformerPrisma = saved.client;
  vi.restoreAllMocks();
});

describe("GET /api/health", () => {
  it("answers 200 with the database's latency when it is up", async () => {
    const res = await GET(new Request("http://localhost/api/health"));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", database: { status: "ok" } });
  });

  it("answers 503 without the database's address or error when it is down, and logs the detail", async () => {
    // A client of its own for a port nothing listens on.
    globals.quizformerPrisma = undefined;
    process.env.DATABASE_URL = "postgresql://quizformer:s3cret@127.0.0.1:9/quizformer_down";
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await GET(new Request("http://localhost/api/health"));
    const body = await res.text();
    expect(res.status).toBe(503);
    expect(JSON.parse(body)).toMatchObject({ status: "degraded", database: { status: "unreachable" } });
    expect(body).not.toMatch(/127\.0\.0\.1|:9\b|quizformer_down|ECONNREFUSED|s3cret/);
    expect(logged.mock.calls.flat().join("\n")).toMatch(/health_database_unreachable/);
  });
});
