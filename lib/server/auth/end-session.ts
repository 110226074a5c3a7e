import "server-only";
import { cookies } from "next/headers";
import { revokeSession } from "@/lib/server/data/accounts/revoke-session";
import { readSessionClaims } from "./current-user";
import { SESSION_COOKIES } from "@/lib/auth/session-cookie-names";


/**
 * Signs this browser out: its session is revoked (so a copy of the cookie stops working too, as
 * with next-auth's own sign-out) and the cookie is removed. Harmless without a session.
 */
export async function endCurrentSession(now: Date): Promise<void> {
  const claims = await readSessionClaims();
  if (claims?.sessionId) await revokeSession({ userId: claims.userId, sessionId: claims.sessionId }, now);
  const jar = await cookies();
  for (const { name } of jar.getAll()) {
    const base = SESSION_COOKIES.find((c) => name === c || name.startsWith(`${c}.`));
    if (base) jar.set(name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: base.startsWith("__Secure-") });
  }
}
