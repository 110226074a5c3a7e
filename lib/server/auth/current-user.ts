import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getSessionUser, type SessionUser } from "@/lib/server/data/accounts/get-session-user";
import { authOptions } from "./auth-options";
import { decodeSessionToken, sessionTokenFromCookies } from "./session-token";

/** The session cookie's claims, or null without a cookie or for one that is forged, damaged or expired. */
export async function readSessionClaims(): Promise<{ userId: string; sessionVersion: number; sessionId: string | undefined } | null> {
  const token = sessionTokenFromCookies((await cookies()).getAll());
  if (!token) return null;
  const claims = await decodeSessionToken({ token, secret: authOptions.secret ?? "" }).catch(() => null);
  if (!claims?.sub) return null;
  return { userId: claims.sub, sessionVersion: claims.sv ?? -1, sessionId: claims.sid };
}

/**
 * The signed-in user for this request (deduplicated per render), or null. Reads the cookie's token
 * directly: next-auth's getServerSession would also re-encrypt a token that a page or route handler
 * can't send back anyway.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await readSessionClaims();
  return claims ? getSessionUser(claims, new Date()) : null;
});

/** For pages: the user, or a redirect to sign-in that comes back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For admin pages: a 403 page for everyone else. The data layer checks again. */
export async function requireAdminUser(returnTo: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (user.role !== "ADMIN") forbidden();
  return user;
}
