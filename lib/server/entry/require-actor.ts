import "server-only";
import { requireAdminUser, requireUser } from "@/lib/server/auth/current-user";
import { actorOf, type Actor } from "@/lib/server/data/actor";
import type { SessionUser } from "@/lib/server/data/accounts/get-session-user";

/**
 * For pages: the signed-in user (for what the page shows: name, time zone) and the actor every
 * data function takes, or a redirect to sign-in that comes back to `returnTo`. With `admin`,
 * everyone else gets the 403 page (the data layer checks again).
 */
export async function requireActor(returnTo: string, options: { admin?: boolean } = {}): Promise<{ user: SessionUser; actor: Actor }> {
  const user = options.admin ? await requireAdminUser(returnTo) : await requireUser(returnTo);
  return { user, actor: actorOf(user) };
}
