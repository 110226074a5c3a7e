import "server-only";
import type { UserRole } from "@/lib/generated/prisma/enums";

/** The signed-in user on whose behalf a data-access function runs. */
export type Actor = { id: string; role: UserRole };

/** The actor for a signed-in user: only who they are and their role, never the rest of the session. */
export function actorOf(user: Actor): Actor {
  return { id: user.id, role: user.role };
}
