import "server-only";
import type { ActionResult } from "@/lib/forms/action-result";
import { appErrorCode, type AppError, type FieldErrors } from "./errors";
import { log } from "./log";

/**
 * Maps an error thrown by the data layer to a form result. Typed errors carry a
 * message meant for the user; anything else is logged and shown generically.
 */
export function toActionError(error: unknown, action: string): Extract<ActionResult, { ok: false }> {
  const code = appErrorCode(error);
  if (code !== undefined) {
    // Validation and conflict errors carry their field messages.
    const fieldErrors = (error as AppError & { fieldErrors?: FieldErrors }).fieldErrors ?? {};
    return { ok: false, message: (error as AppError).message, fieldErrors, code };
  }
  log("error", "action_failed", { action, error: error instanceof Error ? error.message : String(error) });
  return { ok: false, message: "Something went wrong on our side. Please try again in a moment.", fieldErrors: {} };
}
