import { expect, request as playwrightRequest, type APIRequestContext } from "@playwright/test";

/** The five people the matrix asks about. */
export const ACTORS = ["outsider", "student", "member", "leadOfB", "admin"] as const;
export type ActorName = (typeof ACTORS)[number];

export const ACTOR_LABELS: Record<ActorName, string> = {
  outsider: "outsider (signed out)",
  student: "student (no team)",
  member: "member of team A",
  leadOfB: "lead of team B",
  admin: "admin",
};

/**
 * A signed-out visitor's context. It carries a session cookie that is no session (not a JWT this
 * server signed): the proxy only looks for the cookie's presence, so the request reaches the page,
 * action or route handler itself, and the matrix tests the server's own check, not the proxy's
 * optimistic redirect.
 */
export async function outsiderContext(baseURL: string): Promise<APIRequestContext> {
  const host = new URL(baseURL).hostname;
  return playwrightRequest.newContext({
    baseURL,
    storageState: {
      cookies: [{ name: "next-auth.session-token", value: "not-a-session", domain: host, path: "/", expires: -1, httpOnly: true, secure: false, sameSite: "Lax" }],
      origins: [],
    },
  });
}

/** Signs in through next-auth's credentials callback (CSRF token first) and keeps the session cookie. */
export async function signedInContext(baseURL: string, email: string, password: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  const csrf = await context.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signIn = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, callbackUrl: `${baseURL}/dashboard`, json: "true" },
    maxRedirects: 0,
  });
  expect(signIn.status(), `sign-in of ${email}: ${await signIn.text()}`).toBeLessThan(400);
  const session = (await (await context.get("/api/auth/session")).json()) as { user?: { email?: string } };
  expect(session.user?.email, `session of ${email}`).toBe(email.toLowerCase());
  return context;
}
