import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ADMIN, createTeamWithInvite, signIn, signOut, signUp, uniqueEmail, uniqueName } from "./helpers";

// The e2e server signs people in through a real OpenID provider on loopback (scripts/lib/oidc-test-provider.ts):
// its login form takes "[unverified] [admin] [lead] [team=<name>] [tamper|badnonce] <email>" as the login.

/** From the app's sign-in page through the provider's login form; returns the authorization request's parameters. */
async function ssoSignIn(page: Page, login: string, options: { from?: string; alter?: (url: URL) => void } = {}): Promise<URLSearchParams> {
  if (options.alter) {
    const alter = options.alter;
    await page.route(/\/auth\?/, async (route) => {
      const url = new URL(route.request().url());
      if (url.origin === new URL(page.url()).origin) return route.continue();
      alter(url);
      await route.continue({ url: url.toString() });
    });
  }
  // A new login at the provider each time (its session cookies are "_session…"), so each sign-in can claim other things.
  await page.context().clearCookies({ name: /^_session/ });
  await page.goto(options.from ?? "/signin");
  const authorization = page.waitForRequest((r) => /\/auth\?/.test(r.url()) && !r.url().includes("/api/auth"));
  await page.getByRole("button", { name: "Continue with Example SSO" }).click();
  const params = new URL((await authorization).url()).searchParams;
  if (options.alter) return params;
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password at the provider");
  await page.getByRole("button", { name: "Sign-in" }).click();
  return params;
}

test("a new person signs in with single sign-on: the account comes from the ID token, groups set role and team, sign-out ends the session", async ({ page, browser, axe }) => {
  const team = uniqueName("SSO crew");
  await signIn(page, ADMIN.email, ADMIN.password);
  await createTeamWithInvite(page, team);

  const context = await browser.newContext();
  const tab = await context.newPage();
  const email = uniqueEmail("carol-sso");
  const params = await ssoSignIn(tab, `lead team=${team.replaceAll(" ", "_")} ${email}`);
  // Authorization code flow with PKCE (S256), state and nonce.
  expect(params.get("response_type")).toBe("code");
  expect(params.get("code_challenge_method")).toBe("S256");
  expect(params.get("code_challenge")).toMatch(/^[\w-]{43}$/);
  expect(params.get("state")).toBeTruthy();
  expect(params.get("nonce")).toBeTruthy();
  expect(params.get("scope")).toBe("openid email profile");
  await expect(tab).toHaveURL(/\/dashboard$/);

  await tab.goto("/account");
  await expect(tab.getByRole("definition").filter({ hasText: email })).toBeVisible();
  await expect(tab.getByText("Example SSO", { exact: true })).toBeVisible();
  await expect(tab.getByRole("heading", { name: "Change password" })).toHaveCount(0);
  // The team claim made them a lead of the team named in it.
  await tab.goto("/teams");
  await tab.getByRole("link", { name: team }).click();
  await expect(tab.getByRole("heading", { name: team })).toBeVisible();
  await expect(tab.getByRole("button", { name: "Create invite link" })).toBeVisible();
  // Not an administrator: no admin group.
  const admin = await tab.goto("/admin");
  expect(admin?.status()).toBe(403);

  // Signing out revokes the session: a copy of the cookie no longer works.
  await tab.goto("/dashboard");
  const cookies = await context.cookies();
  await signOut(tab);
  const copy = await browser.newContext();
  await copy.addCookies(cookies);
  const stale = await copy.newPage();
  await stale.goto("/dashboard");
  await expect(stale).toHaveURL(/\/signin/);
  await copy.close();

  // Groups apply at each sign-in: now in the admin group…
  await ssoSignIn(tab, `admin ${email}`);
  await expect(tab).toHaveURL(/\/dashboard$/);
  expect((await tab.goto("/admin"))?.status()).toBe(200);
  await signOut(tab);
  // …and then in neither the admin group nor the team.
  await ssoSignIn(tab, email);
  await expect(tab).toHaveURL(/\/dashboard$/);
  expect((await tab.goto("/admin"))?.status()).toBe(403);
  await tab.goto("/teams");
  await expect(tab.getByRole("link", { name: team })).toHaveCount(0);
  await axe.checkpoint(tab, "signed in with single sign-on");
  await context.close();
});

test("an existing account is linked to a single sign-on only after its owner gives its password", async ({ page, browser, axe }) => {
  const dora = { name: "Dora Local", email: uniqueEmail("dora"), password: "dora's own password" };
  await signUp(page, dora);
  await signOut(page);

  await ssoSignIn(page, dora.email);
  await expect(page).toHaveURL(/\/signin\/link$/);
  await expect(page.getByRole("heading", { name: "Link your Example SSO sign-in" })).toBeVisible();
  await expect(page.getByText(dora.email)).toBeVisible();
  await expect(page.getByLabel("Password")).toBeFocused();
  await page.getByLabel("Password").fill("not dora's password");
  await page.getByRole("button", { name: "Link and sign in" }).click();
  await expect(page.getByText("That isn't this account's password.")).toBeVisible();
  await axe.checkpoint(page, "wrong password");
  await page.getByLabel("Password").fill(dora.password);
  await page.getByRole("button", { name: "Link and sign in" }).click();
  // Straight back through the provider, into the same account.
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/account");
  await expect(page.getByRole("definition").filter({ hasText: "Dora Local" })).toBeVisible();
  await expect(page.getByText("Example SSO or password")).toBeVisible();
  await signOut(page);

  // From now on the single sign-on goes straight in; the password still works too.
  await ssoSignIn(page, dora.email);
  await expect(page).toHaveURL(/\/dashboard$/);
  await signOut(page);
  await signIn(page, dora.email, dora.password);

  // The link page without a pending link says so.
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto("/signin/link");
  await expect(fresh.getByText("Nothing to link")).toBeVisible();
  await other.close();
});

test("an unverified email is neither linked nor given an account", async ({ page }) => {
  const eve = { name: "Eve Local", email: uniqueEmail("eve"), password: "eve's own password" };
  await signUp(page, eve);
  await signOut(page);
  await ssoSignIn(page, `unverified ${eve.email}`);
  await expect(page).toHaveURL(/\/signin\?error=sso-unverified-email$/);
  await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toContainText("Example SSO hasn't confirmed your email address");
  await ssoSignIn(page, `unverified ${uniqueEmail("nobody")}`);
  await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toContainText("hasn't confirmed your email address");
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin/);
});

test("a tampered ID token, a wrong nonce, a forged state and a missing PKCE challenge are all refused", async ({ page }) => {
  const refused = async () => {
    await expect(page).toHaveURL(/\/signin\?(.*&)?error=/);
    await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toContainText("Signing in with Example SSO didn't complete");
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/signin/);
  };
  // The payload changed after signing: the signature no longer holds.
  await ssoSignIn(page, `tamper ${uniqueEmail("mallory")}`);
  await refused();
  // Validly signed, but for another sign-in (its nonce isn't the one this browser sent).
  await ssoSignIn(page, `badnonce ${uniqueEmail("mallory")}`);
  await refused();

  // A state the app didn't issue: the provider sends it back, and the app refuses the answer.
  await ssoSignIn(page, "", { alter: (url) => url.searchParams.set("state", "forged-state") });
  await page.locator('input[name="login"]').fill(uniqueEmail("mallory"));
  await page.locator('input[name="password"]').fill("x");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await refused();
  await page.unrouteAll();

  // Without the PKCE challenge the provider refuses to start.
  await ssoSignIn(page, "", { alter: (url) => (url.searchParams.delete("code_challenge"), url.searchParams.delete("code_challenge_method")) });
  await refused();
  await page.unrouteAll();
});
