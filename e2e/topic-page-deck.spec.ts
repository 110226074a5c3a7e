import { expect, test } from "./fixtures";
import { signUp, uniqueEmail } from "./helpers";

test("a topic page shows the student's mastery and adds its flashcard deck; study starts from there", async ({ page }) => {
  await signUp(page, { name: "Tess Topic", email: uniqueEmail("tess"), password: "topic page student 1" });
  await page.goto("/topics/rope");
  await expect(page.getByText(/Your mastery: 0 % \(0 of \d+ questions mastered, 0 answered\)/)).toBeVisible();
  await expect(page.getByText(/next release/)).toHaveCount(0);

  await page.getByRole("main").getByRole("button", { name: "Add this deck" }).click();
  await expect(page.getByText(/You study this deck of \d+ cards: 0 due now, \d+ not studied yet\./)).toBeVisible();
  await page.getByRole("link", { name: "Study now" }).click();
  await expect(page).toHaveURL(/\/flashcards$/);
  await expect(page.getByRole("button", { name: /Show answer/ })).toBeVisible();
});
