import "server-only";
import type { ActionResult } from "@/lib/forms/action-result";
import { AppError, ConflictError, ValidationError } from "./errors";
import { log } from "./log";

/**
 * Maps an error thrown by the data layer to a form result. Typed errors carry a
 * message meant for the user; anything else is logged and shown generically.
 */
export function toActionError(error: unknown, action: string): Extract<ActionResult, { ok: false }> {
  if (error instanceof ValidationError || error instanceof ConflictError) {
    return { ok: false, message: error.message, fieldErrors: error.fieldErrors, code: error.code };
  }
  if (error instanceof AppError) return { ok: false, message: error.message, fieldErrors: {}, code: error.code };
  log("error", "action_failed", { action, error: error instanceof Error ? error.message : String(error) });
  return { ok: false, message: "Something went wrong on our side. Please try again in a moment.", fieldErrors: {} };
}
