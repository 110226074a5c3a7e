import "server-only";
import type { FieldErrors } from "@/lib/server/errors";
import { instantFromLocal } from "@/lib/time/local-date-time";

/**
 * An author's open/close fields (wall-clock times in their account zone, "" for none) as instants,
 * with a field error for a time that doesn't exist or a close not after the open. `prefix` names
 * the fields ("", or "teams.<id>." for a team's dates).
 */
export function readQuizWindow(input: { opensAt: string; closesAt: string }, timeZone: string, errors: FieldErrors, prefix = ""): { opensAt: Date | null; closesAt: Date | null } {
  const opensAt = input.opensAt ? instantFromLocal(input.opensAt, timeZone) : null;
  const closesAt = input.closesAt ? instantFromLocal(input.closesAt, timeZone) : null;
  if (input.opensAt && !opensAt) errors[`${prefix}opensAt`] = "That date doesn't exist.";
  if (input.closesAt && !closesAt) errors[`${prefix}closesAt`] = "That date doesn't exist.";
  if (opensAt && closesAt && closesAt <= opensAt) errors[`${prefix}closesAt`] = "The quiz must close after it opens.";
  return { opensAt, closesAt };
}
