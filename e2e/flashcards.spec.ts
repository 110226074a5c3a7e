import { expect, test } from "./fixtures";
import { signUp, uniqueEmail } from "./helpers";

test("a student adds a deck and reviews by keyboard, with undo", async ({ page }) => {
  await signUp(page, { name: "Remy Review", email: uniqueEmail("remy"), password: "review password 1" });
  await page.goto("/flashcards");
  await page.getByRole("button", { name: "Add the Rotary position embeddings (RoPE) deck" }).click();
  const card = page.getByRole("region", { name: "Card" });
  await expect(card).toBeVisible();
  await expect(page.getByText("0 reviewed")).toBeVisible();

  await page.keyboard.press("Space");
  await expect(card.getByRole("status")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Good/ })).toBeVisible();
  await page.keyboard.press("3");
  await expect(page.getByText("1 reviewed")).toBeVisible();

  await page.keyboard.press("Space");
  await expect(card.getByRole("status")).toBeVisible();
  // The rating buttons are up (and listening) before the key is pressed, as for the first card.
  await expect(page.getByRole("button", { name: /^Again/ })).toBeEnabled();
  await page.keyboard.press("1");
  await expect(page.getByText("2 reviewed")).toBeVisible();
  await page.keyboard.press("u");
  await expect(page.getByText("1 reviewed")).toBeVisible();
});

test("review settings explain a retention out of range and save a valid one", async ({ page }) => {
  await signUp(page, { name: "Sid Settings", email: uniqueEmail("sid"), password: "settings password" });
  await page.goto("/flashcards/settings");
  await page.getByLabel("Desired retention (%)").fill("99");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText(/above 0\.97 the workload grows very fast/)).toBeVisible();
  await expect(page.getByLabel("Desired retention (%)")).toHaveValue("99");
  await page.getByLabel("Desired retention (%)").fill("85");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Desired retention (%)")).toHaveValue("85");
});
