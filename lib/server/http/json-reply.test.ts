import { describe, expect, it } from "vitest";
import { jsonReply } from "./json-reply";

describe("jsonReply", () => {
  it("sends small replies uncompressed and uncached, with their status and headers", async () => {
    const reply = jsonReply({ error: "Slow down." }, { status: 429, headers: { "retry-after": "42" } });
    expect(reply.status).toBe(429);
    expect(reply.headers.get("content-type")).toBe("application/json");
    expect(reply.headers.get("cache-control")).toBe("no-store, no-transform");
    expect(reply.headers.get("retry-after")).toBe("42");
    expect(await reply.json()).toEqual({ error: "Slow down." });
  });

  it("lets large replies be compressed, counting bytes rather than characters", () => {
    expect(jsonReply({ text: "x".repeat(9000) }).headers.get("cache-control")).toBe("no-store");
    // 3,000 characters of three bytes each: 9,000 bytes.
    expect(jsonReply({ text: "€".repeat(3000) }).headers.get("cache-control")).toBe("no-store");
    expect(jsonReply({ text: "x".repeat(3000) }).headers.get("cache-control")).toBe("no-store, no-transform");
  });

  it("keeps no-store even when a caller passes its own cache-control", () => {
    expect(jsonReply({}, { headers: { "cache-control": "public, max-age=60" } }).headers.get("cache-control")).toBe("no-store, no-transform");
  });
});
