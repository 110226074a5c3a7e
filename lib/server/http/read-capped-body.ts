import "server-only";

export type CappedBody = { ok: true; bytes: Uint8Array } | { ok: false; declaredBytes: number | null };

/**
 * Reads a request body of at most `limit` bytes. A body that declares more
 * (Content-Length) is refused before a byte of it is read; one that turns out
 * longer (chunked, or a false Content-Length) is refused as soon as the count
 * passes the limit, so no more than `limit` bytes are ever held in memory.
 */
export async function readCappedBody(request: Request, limit: number): Promise<CappedBody> {
  const header = request.headers.get("content-length");
  const declared = header !== null && /^\d+$/.test(header) ? Number(header) : null;
  if (declared !== null && declared > limit) {
    await request.body?.cancel().catch(() => undefined);
    return { ok: false, declaredBytes: declared };
  }
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, declaredBytes: declared };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, bytes };
}
