import "server-only";
import { NotAuthenticatedError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";
import { getCurrentUser } from "./current-user";

/** For server actions: the acting user, or NotAuthenticatedError (mapped to a form message). */
export async function getActionActor(): Promise<Actor> {
  const user = await getCurrentUser();
  if (!user) throw new NotAuthenticatedError("Your session has ended. Sign in again to continue.");
  return { id: user.id, role: user.role };
}
