import { expect, test } from "./fixtures";
import { signUp, uniqueEmail } from "./helpers";

test("a student reviews a few cards and finds them counted on the statistics page", async ({ page }) => {
  await signUp(page, { name: "Stella Stats", email: uniqueEmail("stella"), password: "statistics password" });

  await page.goto("/flashcards/stats");
  await expect(page.getByRole("heading", { name: "No reviews yet" })).toBeVisible();
  await page.getByRole("link", { name: "Start reviewing" }).click();
  await expect(page).toHaveURL(/\/flashcards$/);

  await page.getByRole("button", { name: "Add the Rotary position embeddings (RoPE) deck" }).click();
  const card = page.getByRole("region", { name: "Card" });
  await expect(card).toBeVisible();
  const ratings = ["3", "1", "4"];
  for (const [i, key] of ratings.entries()) {
    // The page re-binds its key handler after each render: press again until the key lands.
    await expect(async () => {
      await page.keyboard.press("Space");
      await expect(card.getByRole("status")).toBeVisible({ timeout: 1000 });
    }).toPass();
    await expect(async () => {
      await page.keyboard.press(key);
      await expect(page.getByText(`${i + 1} reviewed`)).toBeVisible({ timeout: 1000 });
    }).toPass();
  }

  await page.getByRole("link", { name: "Statistics" }).click();
  await expect(page).toHaveURL(/\/flashcards\/stats$/);
  await expect(page.getByRole("heading", { name: "Flashcard statistics" })).toBeVisible();

  const total = (label: string) => page.locator("dt").filter({ hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]");
  await expect(total("Reviews")).toHaveText("3");
  await expect(total("Days studied")).toHaveText("1");
  await expect(total("Current streak")).toHaveText("1 day");

  // The calendar's text alternatives: its accessible name and the table by month.
  await expect(page.getByRole("img", { name: /3 reviews on 1 day/ }).first()).toBeAttached();
  await page.getByText("Show as table").first().click();
  const months = page.getByRole("table", { name: "Reviews and days studied per month, newest first" });
  await expect(months.getByRole("row").nth(1).getByRole("cell")).toHaveText(["3", "1"]);

  // Three new cards were rated: none was in review yet, so there is no retention to show.
  await expect(page.getByText("0 passed / 0").first()).toBeVisible();
  await expect(page.getByRole("table", { name: "Cards by state" }).getByRole("row", { name: /^New/ })).toBeVisible();
});
