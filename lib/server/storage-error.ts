import "server-only";
import { ValidationError } from "./errors";

// PostgreSQL's "invalid byte sequence" (a NUL in text) and "untranslatable character" (a NUL
// escaped in JSON); a lone surrogate escaped in JSON is "invalid input syntax for type json".
const UNSTORABLE_TEXT_CODES = new Set(["22021", "22P05"]);

function databaseError(error: unknown): { code?: string; message?: string } {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: string; originalMessage?: string } } } } | null)?.meta;
  const cause = meta?.driverAdapterError?.cause;
  return { code: cause?.originalCode, message: cause?.originalMessage };
}

function isUnstorableText(error: unknown): boolean {
  const { code, message } = databaseError(error);
  if (!code) return false;
  return UNSTORABLE_TEXT_CODES.has(code) || (code === "22P02" && /type json/.test(message ?? ""));
}

/**
 * The last line of defence behind the input schemas: text the database refused to store (an id
 * from a URL, a field a schema missed) becomes a 400 with a reason instead of a 500. The input
 * schemas (`text()`) give the same reason with the field named.
 */
export function asStorageError(error: unknown): unknown {
  if (isUnstorableText(error)) {
    return new ValidationError("The request contains a character that can't be stored (a NUL character or a broken Unicode character). Remove it and try again.");
  }
  return error;
}
