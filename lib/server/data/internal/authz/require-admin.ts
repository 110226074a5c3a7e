import "server-only";
import { ForbiddenError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";

export function requireAdmin(actor: Actor): void {
  if (actor.role !== "ADMIN") throw new ForbiddenError("Only administrators can do this.");
}
