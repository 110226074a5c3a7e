import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { safeRedirectUrl } from "@/lib/auth/safe-callback-url";
import { SSO_PROVIDER_ID } from "@/lib/auth/sso-config";
import { signInSchema } from "@/lib/schemas/account";
import { authenticateUser } from "@/lib/server/data/accounts/authenticate-user";
import { revokeSession } from "@/lib/server/data/accounts/revoke-session";
import { log, summarizeError } from "@/lib/server/log";
import { clientIp } from "./client-ip";
import { resolveAuthSecret } from "./secret";
import { signInFlowCookies } from "./sign-in-flow-cookies";
import { signInMethods } from "./sign-in-methods";
import { decodeSessionToken, encodeSessionToken } from "./session-token";
import { completeSsoSignIn, ssoProvider } from "./sso-provider";

export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

/** Which ways in this instance offers (OIDC_* and PASSWORD_SIGNIN; `npm start` refuses a setting that can't work). */
export const SIGN_IN_METHODS = signInMethods();

const passwordProvider = () =>
  CredentialsProvider({
    name: "Email and password",
    credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
    async authorize(credentials, req) {
      const parsed = signInSchema.safeParse(credentials ?? {});
      if (!parsed.success) throw new Error("Enter your email and password.");
      // next-auth hands over the request's headers only (no socket address): see client-ip.ts.
      // (A TRUST_PROXY mistake stops `npm start` before it serves.)
      const ip = clientIp(req.headers ?? {});
      // A thrown Error's message reaches the sign-in form (e.g. "Try again in 42 s").
      const user = await authenticateUser({
        email: parsed.data.email,
        password: parsed.data.password,
        ip,
        now: new Date(),
        sessionMaxAgeMs: SESSION_MAX_AGE_S * 1000,
      }).catch((error: unknown) => {
        if (error instanceof Error && "retryAfterSeconds" in error) throw new Error(error.message);
        // Anything else is ours (the database, a bug): logged here, since next-auth only shows the message.
        log("error", "sign_in_failed", { error: summarizeError(error) });
        throw new Error("Sign-in is unavailable right now. Try again shortly.");
      });
      if (!user) throw new Error("Wrong email or password.");
      return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion, sessionId: user.sessionId };
    },
  });

/**
 * next-auth: email + password and/or single sign-on (OpenID Connect), JWT sessions (no
 * per-process state, so any number of instances can serve a user). The JWT carries only the
 * user id, session version and session id; the user is re-read from the database on each request.
 */
export const authOptions: NextAuthOptions = {
  secret: resolveAuthSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
  pages: { signIn: "/signin", error: "/signin" },
  cookies: signInFlowCookies(process.env.NEXTAUTH_URL),
  providers: [...(SIGN_IN_METHODS.sso ? [ssoProvider(SIGN_IN_METHODS.sso)] : []), ...(SIGN_IN_METHODS.password ? [passwordProvider()] : [])],
  callbacks: {
    async signIn({ user, account, profile }) {
      if (account?.provider !== SSO_PROVIDER_ID || !SIGN_IN_METHODS.sso) return true;
      const options = { ssoOnly: !SIGN_IN_METHODS.password, sessionMaxAgeMs: SESSION_MAX_AGE_S * 1000 };
      return completeSsoSignIn(SIGN_IN_METHODS.sso, options, user as unknown as Record<string, unknown>, profile as Record<string, unknown> | undefined);
    },
    // next-auth takes callbackUrl from the request (body, query or cookie): only this site's paths.
    redirect({ url, baseUrl }) {
      return safeRedirectUrl(url, baseUrl);
    },
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = user.sessionVersion;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, user: { id: token.sub ?? "", name: token.name, email: token.email, sessionVersion: token.sv ?? -1, sessionId: token.sid } };
    },
  },
  events: {
    // The cookie is deleted in the browser, but a copy of it would live on: revoke its session.
    async signOut({ token }) {
      if (token?.sub && token.sid) await revokeSession({ userId: token.sub, sessionId: token.sid }, new Date());
    },
  },
};
