import "server-only";

/*
 * Compressing a reply starts a fresh zlib stream, whose set-up (hundreds of KB of state) costs more
 * server time than the compression saves for the few hundred bytes a small JSON reply loses. On
 * the rating path it was 6 % of the server's CPU. Small replies say "no-transform", which the
 * server's compression (and any proxy's) honours; larger ones are compressed as before.
 */
const COMPRESS_FROM_BYTES = 8 * 1024;

/** A JSON reply for one user that no cache keeps, sent uncompressed when small. */
export function jsonReply(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  const text = JSON.stringify(body);
  const small = Buffer.byteLength(text) < COMPRESS_FROM_BYTES;
  return new Response(text, {
    status: init.status ?? 200,
    headers: { "content-type": "application/json", ...init.headers, "cache-control": small ? "no-store, no-transform" : "no-store" },
  });
}
