// A real OpenID Connect provider (the `oidc-provider` package) on loopback, for the end-to-end
// suite: the app signs people in through it exactly as through Keycloak or Authentik. Its login
// form takes any login; the login says who the person is and what the provider claims:
//
//   "[unverified] [admin] [lead] [team=<name>]… [tamper|badnonce] <email>"
//
// - the email (the last word) is the person; their subject is derived from it, so signing in
//   again with other words is the same person with other claims;
// - unverified: email_verified is false; admin / lead: in the groups the app maps to roles;
//   team=<name>: in that team (the team claim);
// - tamper: the ID token's payload is changed after signing (its signature no longer holds);
//   badnonce: the ID token is signed again, validly, with another nonce.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { decodeJwt, exportJWK, generateKeyPair, SignJWT } from "jose";
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";

export const TEST_SSO_GROUPS = { admin: "quizformer-admins", lead: "quizformer-leads" } as const;
export const TEST_SSO_TEAM_CLAIM = "teams";

type Person = { email: string; verified: boolean; groups: string[]; teams: string[]; tamper: "payload" | "nonce" | null };

export function readTestLogin(login: string): Person {
  const words = login.trim().split(/\s+/);
  const email = (words.pop() ?? "").toLowerCase();
  const has = (w: string) => words.includes(w);
  return {
    email: email.includes("@") ? email : `${email}@sso.example.test`,
    verified: !has("unverified"),
    // Keycloak's style (group paths) for one, plain names for the other: the app takes both.
    groups: [...(has("admin") ? [`/${TEST_SSO_GROUPS.admin}`] : []), ...(has("lead") ? [TEST_SSO_GROUPS.lead] : []), "everyone"],
    teams: words.filter((w) => w.startsWith("team=")).map((w) => w.slice(5).replaceAll("_", " ")),
    tamper: has("tamper") ? "payload" : has("badnonce") ? "nonce" : null,
  };
}

const subjectOf = (email: string) => `sub-${Buffer.from(email).toString("base64url")}`;

export async function startTestOidcProvider(client: { redirectUri: string; clientId: string; clientSecret: string }): Promise<{ issuer: string; stop(): Promise<void> }> {
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: "test-key", alg: "RS256", use: "sig" };
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Who signed in last under each subject: the ID token says what their last login claimed.
  const people = new Map<string, Person>();

  const configuration: Configuration = {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [client.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ["test-provider-cookie-key"] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "groups", TEST_SSO_TEAM_CLAIM] },
    // The app reads the ID token's claims: put them there, as Keycloak's and Authentik's defaults do.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    // The login form is ours (below): the account id it settles on is the person's subject.
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const person = people.get(sub);
      if (!person) return undefined;
      return {
        accountId: sub,
        async claims() {
          const name = person.email.split("@")[0]!.replace(/[._-]+/g, " ");
          return { sub, email: person.email, email_verified: person.verified, name, groups: person.groups, [TEST_SSO_TEAM_CLAIM]: person.teams };
        },
      };
    },
    // Consent is taken as given (a first-party application): the login form is the one step.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const accountId = ctx.oidc.session?.accountId;
      if (!accountId || !ctx.oidc.client) return undefined;
      const grant = new ctx.oidc.provider.Grant({ accountId, clientId: ctx.oidc.client.clientId });
      grant.addOIDCScope("openid email profile");
      grant.addOIDCClaims(["email", "email_verified", "name", "groups", TEST_SSO_TEAM_CLAIM]);
      await grant.save();
      return grant;
    },
  };
  const provider = new Provider(issuer, configuration);
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.path !== "/token" || !body?.id_token) return;
    const claims = decodeJwt(body.id_token);
    const tamper = people.get(String(claims.sub))?.tamper;
    if (tamper === "payload") {
      const [header, , signature] = body.id_token.split(".");
      const forged = Buffer.from(JSON.stringify({ ...claims, email: "someone.else@example.test" })).toString("base64url");
      ctx.body = { ...body, id_token: `${header}.${forged}.${signature}` };
    } else if (tamper === "nonce") {
      const resigned = await new SignJWT({ ...claims, nonce: "not-the-nonce-the-app-sent" }).setProtectedHeader({ alg: "RS256", kid: jwk.kid }).sign(privateKey);
      ctx.body = { ...body, id_token: resigned };
    }
  });
  const callback = provider.callback();
  server.on("request", (req, res) => {
    if (!req.url?.startsWith("/interaction/")) return void callback(req, res);
    void interaction(provider, people, req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  return { issuer, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The provider's login step: a form (GET), then the login it was sent (POST) settles who the person is. */
async function interaction(provider: Provider, people: Map<string, Person>, req: IncomingMessage, res: ServerResponse): Promise<void> {
  await provider.interactionDetails(req, res);
  if (req.method !== "POST") {
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.end(`<!doctype html><html lang="en"><head><title>Test identity provider</title></head><body><main><h1>Test identity provider</h1>
<form method="post"><label>Login <input name="login" required></label><label>Password <input name="password" type="password"></label><button type="submit">Sign-in</button></form></main></body></html>`);
    return;
  }
  let body = "";
  for await (const chunk of req) body += String(chunk);
  const person = readTestLogin(new URLSearchParams(body).get("login") ?? "");
  const sub = subjectOf(person.email);
  people.set(sub, person);
  await provider.interactionFinished(req, res, { login: { accountId: sub } }, { mergeWithLastSubmission: false });
}
