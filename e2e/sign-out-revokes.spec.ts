import { expect, test } from "./fixtures";
import { signIn, signOut, signUp, uniqueEmail } from "./helpers";

test("signing out revokes the session: a copied cookie no longer works, other devices stay signed in", async ({ page, browser }) => {
  const cora = { name: "Cora Copied", email: uniqueEmail("copied"), password: "copied cookie pass 1" };
  await signUp(page, cora);
  // The same person on a second device: a sign-in, and a session, of its own.
  const laptop = await browser.newContext();
  const laptopPage = await laptop.newPage();
  await signIn(laptopPage, cora.email, cora.password);

  const copied = await page.context().cookies();
  expect(copied.some((c) => c.name.endsWith("next-auth.session-token"))).toBe(true);

  // A copy of the first device's cookie works before sign-out.
  const thief = await browser.newContext();
  await thief.addCookies(copied);
  expect((await thief.request.get("/api/reviews")).status()).toBe(200);
  expect((await (await thief.request.get("/api/auth/session")).json()).user?.email).toBe(cora.email);

  await signOut(page);

  // The copy is now useless: the API refuses it, the session endpoint names nobody, pages send it to sign-in.
  expect((await thief.request.get("/api/reviews")).status()).toBe(401);
  expect(await (await thief.request.get("/api/auth/session")).json()).toEqual({});
  // Nor does the session endpoint's update (a POST with next-auth's CSRF token).
  const { csrfToken } = (await (await thief.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  expect(await (await thief.request.post("/api/auth/session", { data: { csrfToken } })).json()).toEqual({});
  const thiefPage = await thief.newPage();
  await thiefPage.goto("/dashboard");
  await expect(thiefPage).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard/);
  await thief.close();

  // The other device's session was not this one: it stays signed in.
  expect((await laptop.request.get("/api/reviews")).status()).toBe(200);
  await laptopPage.goto("/dashboard");
  await expect(laptopPage).toHaveURL(/\/dashboard$/);
  await laptop.close();
});
