import { describe, expect, it } from "vitest";
import { readCappedBody } from "./read-capped-body";

const LIMIT = 1000;

/** A request whose body is `chunks` chunks of `size` bytes, counting how many the reader pulled. */
function streamed(chunks: number, size: number, headers: Record<string, string> = {}) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(size).fill(65));
    },
  });
  const request = new Request("http://localhost/upload", { method: "POST", body, headers, duplex: "half" } as RequestInit);
  return { request, pulled: () => pulled };
}

describe("readCappedBody", () => {
  it("refuses a body whose Content-Length is over the limit without reading any of it", async () => {
    const upload = streamed(50, 100, { "content-length": "5000" });
    expect(await readCappedBody(upload.request, LIMIT)).toEqual({ ok: false, declaredBytes: 5000 });
    expect(upload.pulled()).toBeLessThanOrEqual(1);
  });

  it("stops reading a body without a length as soon as it passes the limit", async () => {
    const upload = streamed(1000, 100);
    expect(await readCappedBody(upload.request, LIMIT)).toEqual({ ok: false, declaredBytes: null });
    // 11 chunks of 100 bytes pass 1,000; the stream may have one more queued, never the other 988.
    expect(upload.pulled()).toBeLessThanOrEqual(12);
  });

  it("stops reading a body that sends more than its Content-Length claims", async () => {
    const upload = streamed(1000, 100, { "content-length": "900" });
    expect(await readCappedBody(upload.request, LIMIT)).toEqual({ ok: false, declaredBytes: 900 });
    expect(upload.pulled()).toBeLessThanOrEqual(12);
  });

  it("returns a body at the limit byte for byte", async () => {
    const upload = streamed(10, 100);
    const read = await readCappedBody(upload.request, LIMIT);
    expect(read.ok && read.bytes.length).toBe(1000);
    expect(read.ok && read.bytes.every((b) => b === 65)).toBe(true);
  });
});
