import { expect, test } from "./fixtures";
import { signUp, uniqueEmail } from "./helpers";

test("a student makes an API token on the account page, a script uses it, and revoking it stops the script", async ({ page, playwright, axe }) => {
  await signUp(page, { name: "Tess Token", email: uniqueEmail("tess"), password: "token owner pass 1" });
  await page.goto("/account");

  // Nothing chosen: the form says what's missing, on the field.
  await page.getByLabel("Name").fill("flashcard bot");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("Choose at least one thing the token may do.")).toBeVisible();
  await axe.checkpoint(page, "token refused");
  // Administration isn't offered to a student.
  await expect(page.getByRole("checkbox", { name: /Administration/ })).toHaveCount(0);

  await page.getByRole("checkbox", { name: /Flashcards/ }).check();
  await page.getByLabel("Expires after").selectOption("30");
  await page.getByRole("button", { name: "Create token" }).click();
  const field = page.getByLabel("Your token “flashcard bot”: copy it now; it won't be shown again");
  await expect(field).toHaveValue(/^qf_[\w-]{43}$/);
  const token = await field.inputValue();
  const row = page.getByRole("listitem").filter({ hasText: "flashcard bot" });
  await expect(row).toContainText(token.slice(0, 11));
  await expect(row).toContainText("never used");
  await axe.checkpoint(page, "token created");

  // A script, without any cookie.
  const script = await playwright.request.newContext({ baseURL: page.url().replace(/\/account$/, "") });
  const reviews = await script.get("/api/reviews", { headers: { authorization: `Bearer ${token}` } });
  expect(reviews.status()).toBe(200);
  expect(await reviews.json()).toMatchObject({ session: { counts: { learning: 0, review: 0, new: 0 } } });
  // Outside its scope: refused, and told why.
  const answers = await script.post("/api/attempts/nope/answers", { headers: { authorization: `Bearer ${token}` }, data: {} });
  expect(answers.status()).toBe(403);
  expect((await answers.json()).error).toContain('lacks the "attempts" scope');

  await page.reload();
  await expect(page.getByRole("listitem").filter({ hasText: "flashcard bot" })).toContainText("last used");
  await page.getByRole("listitem").filter({ hasText: "flashcard bot" }).getByRole("button", { name: "Revoke" }).click();
  const dialog = page.getByRole("dialog", { name: "Revoke “flashcard bot”?" });
  await expect(dialog.getByRole("button", { name: "Revoke token" })).toBeFocused();
  await dialog.getByRole("button", { name: "Revoke token" }).press("Enter");
  await expect(page.getByText("No tokens yet.")).toBeVisible();
  expect((await script.get("/api/reviews", { headers: { authorization: `Bearer ${token}` } })).status()).toBe(401);
  await script.dispose();
});
