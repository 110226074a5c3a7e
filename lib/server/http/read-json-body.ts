import "server-only";
import { readBodyBytes, refuse } from "./read-body-bytes";

/** The body cap of the JSON route handlers (answers, reviews): their largest valid body is a few KB. */
export const JSON_BODY_LIMIT_BYTES = 64 * 1024;

export type JsonBodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

function isJsonContentType(value: string | null): boolean {
  return value?.split(";")[0]?.trim().toLowerCase() === "application/json";
}

/**
 * Reads a request body as JSON, holding at most `maxBytes` of it (see readBodyBytes). Refusals are
 * responses with a reason: 415 for another content type (a cross-site form can't send
 * application/json without a CORS preflight), 413 over the cap, 400 for a body that isn't UTF-8 JSON.
 */
export async function readJsonBody(request: Request, { maxBytes }: { maxBytes: number }): Promise<JsonBodyResult> {
  if (!isJsonContentType(request.headers.get("content-type"))) return refuse(415, "Send JSON (Content-Type: application/json).");
  const read = await readBodyBytes(request, { maxBytes });
  if (!read.ok) return read;
  if (read.bytes.byteLength === 0) return refuse(400, "The body is empty: send a JSON object.");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(read.bytes);
  } catch {
    return refuse(400, "The body isn't valid UTF-8 text.");
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return refuse(400, `The body isn't valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}
