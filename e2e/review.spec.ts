import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";

test("a student adds a deck and reviews by keyboard, with undo", async ({ page }) => {
  await signUp(page, { name: "Remy Review", email: uniqueEmail("remy"), password: "review password 1" });
  await page.goto("/review");
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
  await page.keyboard.press("1");
  await expect(page.getByText("2 reviewed")).toBeVisible();
  await page.keyboard.press("u");
  await expect(page.getByText("1 reviewed")).toBeVisible();
});
