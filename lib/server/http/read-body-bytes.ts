import "server-only";
import { formatBytes } from "@/lib/http/format-bytes";

export type BodyBytesResult = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; response: Response };

export function refuse(status: number, error: string): { ok: false; response: Response } {
  return { ok: false, response: Response.json({ error }, { status }) };
}

/** How much of a refused body is read and dropped before the connection is cut instead. */
const DISCARD_LIMIT_BYTES = 8 * 1024 * 1024;

/**
 * Reads what is left of a refused body and drops each chunk, as Node does with a body nobody read:
 * nothing more is kept, the client gets the 413 once it has sent its body, and a kept-alive
 * connection stays usable. Cancelling at once would destroy the socket before the 413 is written;
 * a client that goes on sending past DISCARD_LIMIT_BYTES is cut off, so it can't keep the server
 * reading for as long as it likes.
 */
async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  let dropped = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      dropped += value.byteLength;
      if (dropped > DISCARD_LIMIT_BYTES) {
        await reader.cancel();
        return;
      }
    }
  } catch {
    // The client went away: nothing left to drop.
  }
}

/**
 * Reads a request body without ever holding more than `maxBytes` of it. A declared Content-Length
 * over the cap is refused before reading; otherwise the stream is counted as it arrives (chunked
 * bodies have no length, and a declared one may understate) and refused with 413 at the first
 * chunk that crosses the cap (the rest is read and dropped, never kept). `subject` names the body
 * in the refusal ("The file is 6.2 MB; the limit is 5 MB.").
 */
export async function readBodyBytes(request: Request, { maxBytes, subject = "The request body" }: { maxBytes: number; subject?: string }): Promise<BodyBytesResult> {
  const declared = request.headers.get("content-length");
  if (declared !== null) {
    if (!/^\d+$/.test(declared.trim())) return refuse(400, "The Content-Length header isn't a number of bytes.");
    const length = Number(declared.trim());
    if (length > maxBytes) return refuse(413, `${subject} is ${formatBytes(length)}; the limit is ${formatBytes(maxBytes)}.`);
  }

  const chunks: Uint8Array[] = [];
  let received = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        void discardRest(reader);
        return refuse(413, `${subject} is over the limit: the limit is ${formatBytes(maxBytes)}.`);
      }
      chunks.push(value);
    }
  }

  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
