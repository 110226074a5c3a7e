// The server the end-to-end tests drive: the production build (`next build` runs
// first) on a brand-new database in its own embedded cluster, so every run starts
// from first-run setup.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { log } from "@/lib/server/log";
import { startEmbeddedPostgres } from "./db/embedded-postgres";
import { say, serve } from "./lib/serve";
import { startMailCatcher } from "./lib/mail-catcher";
import { startTestOidcProvider, TEST_SSO_GROUPS, TEST_SSO_TEAM_CLAIM } from "./lib/oidc-test-provider";

const port = Number(process.env.E2E_PORT ?? 3100);
// The first-run journey creates the admin through /setup, so none may come from the environment.
delete process.env.ADMIN_EMAIL;
delete process.env.ADMIN_PASSWORD;

async function main(): Promise<void> {
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(process.cwd(), ".data", "e2e-postgres"), log: say, supervise: { log } });
  await cluster.dropDatabase("quizformer_e2e");
  await cluster.createDatabaseIfMissing("quizformer_e2e");
  // The app's mail (password reset links) goes to a local SMTP server; journeys read it from here.
  const mail = await startMailCatcher(path.join(process.cwd(), ".data", "e2e", "mail"));
  // Single sign-on goes through a real OpenID provider on loopback; journeys sign in on its login form.
  const sso = { clientId: "quizformer-e2e", clientSecret: "e2e-client-secret-not-used-anywhere-else" };
  const idp = await startTestOidcProvider({ ...sso, redirectUri: `http://127.0.0.1:${port}/api/auth/callback/sso` });
  await serve({
    database: { url: cluster.urlFor("quizformer_e2e"), stop: () => cluster.stop(), ended: cluster.ended },
    port,
    nextArgs: ["start", "-H", "127.0.0.1"],
    // A fixed secret: the test run needs no state from earlier runs.
    env: { NEXTAUTH_SECRET: "e2e-only-secret-not-used-anywhere-else", NEXTAUTH_URL: `http://127.0.0.1:${port}`, SMTP_URL: mail.url,
      SMTP_FROM: "Quizformer <quiz@example.test>",
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: sso.clientId,
      OIDC_CLIENT_SECRET: sso.clientSecret,
      OIDC_NAME: "Example SSO",
      OIDC_ADMIN_GROUPS: TEST_SSO_GROUPS.admin,
      OIDC_LEAD_GROUPS: TEST_SSO_GROUPS.lead,
      OIDC_TEAM_CLAIM: TEST_SSO_TEAM_CLAIM,
    },
    onReady: (ms) => say(`e2e server ready on ${port} in ${(ms / 1000).toFixed(1)} s`),
    // What a second instance on the same database needs (the two-instance journey starts one).
    beforeServe: async (env) => {
      await mkdir(path.join(process.cwd(), ".data", "e2e"), { recursive: true });
      await writeFile(path.join(process.cwd(), ".data", "e2e", "instance.json"), JSON.stringify({ DATABASE_URL: env.DATABASE_URL, NEXTAUTH_SECRET: env.NEXTAUTH_SECRET }));
    },
  });
}

main().catch((error: unknown) => {
  console.error(`[quizformer] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
