import { describe, expect, it } from "vitest";
import { readJsonBody } from "./read-json-body";

const LIMIT = 64 * 1024;
const URL = "http://quizformer.test/api/reviews";
const JSON_TYPE = { "content-type": "application/json" };

/** A body that hands out `total` bytes in `chunk`-sized pieces and counts what was pulled. */
function countingStream(total: number, chunk: number, fill = 0x20): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const piece = new Uint8Array(chunk).fill(fill);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= total) return controller.close();
      const size = Math.min(chunk, total - pulled);
      pulled += size;
      controller.enqueue(size === chunk ? piece : piece.slice(0, size));
    },
  });
  return { stream, pulled: () => pulled };
}

/**
 * A body of `total` bytes that hands out the first `gate` bytes at once and the rest only after
 * `open()`, like a client still uploading; `finished` resolves once every byte was pulled.
 */
function gatedStream(total: number, chunk: number, gate: number) {
  let pulled = 0;
  let open!: () => void;
  let done!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const finished = new Promise<void>((resolve) => (done = resolve));
  const piece = new Uint8Array(chunk).fill(0x20);
  const stream = new ReadableStream<Uint8Array>({
    cancel() {
      done();
    },
    async pull(controller) {
      if (pulled >= gate) await opened;
      if (pulled >= total) {
        controller.close();
        return done();
      }
      pulled += chunk;
      controller.enqueue(piece);
    },
  });
  return { stream, pulled: () => pulled, open, finished };
}

function post(body: BodyInit | null, headers: Record<string, string> = JSON_TYPE): Request {
  return new Request(URL, { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

/** `{"pad":"xxx…"}` of exactly `bytes` bytes. */
function jsonOfSize(bytes: number): string {
  return `{"pad":"${"x".repeat(bytes - 10)}"}`;
}

async function refusal(result: Awaited<ReturnType<typeof readJsonBody>>): Promise<{ status: number; error: string }> {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value).slice(0, 80)}`);
  return { status: result.response.status, error: ((await result.response.json()) as { error: string }).error };
}

describe("readJsonBody", () => {
  it("parses a JSON body exactly at the limit", async () => {
    const text = jsonOfSize(LIMIT);
    expect(new TextEncoder().encode(text).byteLength).toBe(LIMIT);
    const result = await readJsonBody(post(text), { maxBytes: LIMIT });
    expect(result.ok).toBe(true);
    if (result.ok) expect((result.value as { pad: string }).pad).toHaveLength(LIMIT - 10);
  });

  it("refuses one byte over the limit with 413 and the limit in the reason", async () => {
    const { status, error } = await refusal(await readJsonBody(post(jsonOfSize(LIMIT + 1)), { maxBytes: LIMIT }));
    expect(status).toBe(413);
    expect(error).toBe("The request body is over the limit: the limit is 64 KB.");
  });

  it("refuses from the declared Content-Length without reading the body", async () => {
    const { stream, pulled } = countingStream(200 * 1024 * 1024, 1024 * 1024);
    const request = post(stream, { ...JSON_TYPE, "content-length": String(200 * 1024 * 1024) });
    const { status, error } = await refusal(await readJsonBody(request, { maxBytes: LIMIT }));
    expect(status).toBe(413);
    expect(error).toBe("The request body is 200.0 MB; the limit is 64 KB.");
    expect(pulled()).toBeLessThanOrEqual(1024 * 1024); // at most what the stream queued on its own
  });

  it("refuses a chunked 200 MB body without Content-Length once past the limit, while the rest is still unsent", async () => {
    const chunk = 16 * 1024;
    // The client "sends" the limit plus two chunks, then waits: the refusal must come before the rest exists.
    const { stream, pulled, open, finished } = gatedStream(200 * 1024 * 1024, chunk, LIMIT + 2 * chunk);
    const request = post(stream);
    expect(request.headers.get("content-length")).toBeNull();
    const { status, error } = await refusal(await readJsonBody(request, { maxBytes: LIMIT }));
    expect(status).toBe(413);
    expect(error).toBe("The request body is over the limit: the limit is 64 KB.");
    expect(pulled()).toBeLessThanOrEqual(LIMIT + 2 * chunk);
    // The rest is then read and dropped, so the connection can carry the 413, but only up to 8 MB:
    // a client that goes on sending is cut off rather than read for as long as it likes.
    open();
    await finished;
    expect(pulled()).toBeGreaterThan(8 * 1024 * 1024);
    expect(pulled()).toBeLessThanOrEqual(LIMIT + 2 * chunk + 8 * 1024 * 1024 + 2 * chunk);
  });

  it("counts the bytes when the Content-Length understates them", async () => {
    const chunk = 8 * 1024;
    const { stream, pulled, open, finished } = gatedStream(4 * 1024 * 1024, chunk, LIMIT + 2 * chunk);
    const request = post(stream, { ...JSON_TYPE, "content-length": "100" });
    const { status } = await refusal(await readJsonBody(request, { maxBytes: LIMIT }));
    expect(status).toBe(413);
    expect(pulled()).toBeLessThanOrEqual(LIMIT + 2 * chunk);
    open();
    await finished;
  });

  it("counts UTF-8 bytes, not characters", async () => {
    // 30,000 three-byte characters: 90,000 bytes in 30,010 characters.
    const text = `{"pad":"${"€".repeat(30_000)}"}`;
    const { status } = await refusal(await readJsonBody(post(text), { maxBytes: LIMIT }));
    expect(status).toBe(413);
  });

  it("answers 400 with the parser's reason for invalid JSON", async () => {
    const { status, error } = await refusal(await readJsonBody(post('{"rating": "good",'), { maxBytes: LIMIT }));
    expect(status).toBe(400);
    expect(error).toMatch(/^The body isn't valid JSON: .+/);
  });

  it("answers 400 for an empty body", async () => {
    const { status, error } = await refusal(await readJsonBody(post(null), { maxBytes: LIMIT }));
    expect(status).toBe(400);
    expect(error).toBe("The body is empty: send a JSON object.");
  });

  it("answers 400 for bytes that aren't UTF-8", async () => {
    const { status, error } = await refusal(await readJsonBody(post(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), { maxBytes: LIMIT }));
    expect(status).toBe(400);
    expect(error).toBe("The body isn't valid UTF-8 text.");
  });

  it("answers 415 for another content type, before reading anything", async () => {
    const { stream, pulled } = countingStream(1024 * 1024, 1024);
    const { status, error } = await refusal(await readJsonBody(post(stream, { "content-type": "application/x-www-form-urlencoded" }), { maxBytes: LIMIT }));
    expect(status).toBe(415);
    expect(error).toBe("Send JSON (Content-Type: application/json).");
    expect(pulled()).toBeLessThanOrEqual(1024);
  });

  it("accepts a JSON content type with parameters and any case", async () => {
    const result = await readJsonBody(post('{"a":1}', { "content-type": "Application/JSON; charset=utf-8" }), { maxBytes: LIMIT });
    expect(result).toEqual({ ok: true, value: { a: 1 } });
  });

  it("refuses a malformed Content-Length with 400", async () => {
    // Request won't carry a forged Content-Length, so this reads the header the way a proxy could send it.
    const request = post('{"a":1}');
    const headers = new Headers(request.headers);
    headers.set("content-length", "12abc");
    const { status, error } = await refusal(await readJsonBody(new Request(request, { headers }), { maxBytes: LIMIT }));
    expect(status).toBe(400);
    expect(error).toBe("The Content-Length header isn't a number of bytes.");
  });
});
