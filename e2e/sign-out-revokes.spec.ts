import { expect, test } from "@playwright/test";
import { signOut, signUp, uniqueEmail } from "./helpers";

test("signing out revokes the session: a copied cookie no longer works, other devices stay signed in", async ({ page, browser }) => {
  await signUp(page, { name: "Cora Copied", email: uniqueEmail("copied"), password: "copied cookie pass 1" });
  const copied = await page.context().cookies();
  expect(copied.some((c) => c.name.endsWith("next-auth.session-token"))).toBe(true);

  // A second device with the same cookie works before sign-out.
  const thief = await browser.newContext();
  await thief.addCookies(copied);
  expect((await thief.request.get("/api/reviews")).status()).toBe(200);

  await signOut(page);

  // The copy is now useless: the API refuses it and pages send it to sign-in.
  expect((await thief.request.get("/api/reviews")).status()).toBe(401);
  const thiefPage = await thief.newPage();
  await thiefPage.goto("/dashboard");
  await expect(thiefPage).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard/);
  await thief.close();
});
