import "server-only";
import type { ActionResult } from "@/lib/forms/action-result";
import { appErrorCode, type AppError, type FieldErrors } from "@/lib/server/errors";
import { reportUnexpected, UNEXPECTED_MESSAGE, type EntryCall } from "./entry-hooks";

/**
 * Maps an error thrown by the data layer to a form result. Typed errors carry a message meant for
 * the user; anything else is reported once and shown generically.
 */
export function toActionError(error: unknown, call: EntryCall): Extract<ActionResult, { ok: false }> {
  const code = appErrorCode(error);
  if (code !== undefined) {
    // Validation and conflict errors carry their field messages.
    const fieldErrors = (error as AppError & { fieldErrors?: FieldErrors }).fieldErrors ?? {};
    return { ok: false, message: (error as AppError).message, fieldErrors, code };
  }
  reportUnexpected(call, error);
  return { ok: false, message: UNEXPECTED_MESSAGE, fieldErrors: {} };
}
