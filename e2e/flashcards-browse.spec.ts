import { expect, test } from "./fixtures";
import { signUp, uniqueEmail } from "./helpers";

test("a student answers a computed card, sets cards aside, sees the session summary and manages cards", async ({ page }) => {
  await signUp(page, { name: "Cora Cards", email: uniqueEmail("cora"), password: "cards password 1" });
  // A small daily limit so the session ends within the test.
  await page.goto("/flashcards/settings");
  await page.getByLabel("New cards per day").fill("2");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();

  await page.goto("/flashcards");
  await page.getByRole("button", { name: "Add the Rotary position embeddings (RoPE) deck" }).click();
  const card = page.getByRole("region", { name: "Card" });

  // Bury cards until a computed numeric one comes up (the deck's order depends on the cards admins added).
  const computedLabel = card.getByText("Computed card: fresh numbers every time");
  // The deck is added once the picker offers to remove it: the session below is the settled one.
  await expect(page.getByRole("button", { name: "Remove the Rotary position embeddings (RoPE) deck" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Show answer (Space)" })).toBeVisible();
  // A computed card with a numeric answer box (computed multiple-choice cards have none).
  const answerBox = card.getByLabel(/Your answer/);
  for (let i = 0; i < 30 && !(await answerBox.isVisible()); i++) {
    const front = await card.innerText();
    await page.keyboard.press("b");
    await expect(card).not.toHaveText(front);
    // Settled before the next look or key: a key pressed while the bury is pending is lost, and
    // a card looked at mid-change may not be the one that stays.
    await expect(page.getByRole("button", { name: "Show answer (Space)" })).toBeEnabled();
  }
  // A computed card: fresh numbers, a typed answer graded on reveal.
  await expect(computedLabel).toBeVisible();
  // The last bury has fully settled (the button is enabled again) before typing.
  await expect(page.getByRole("button", { name: "Show answer (Space)" })).toBeEnabled();
  await answerBox.fill("123456789 kg");
  await answerBox.press("Enter");
  const back = card.getByRole("status");
  await expect(back.getByText(/^Not quite/)).toBeVisible();
  await expect(back.getByText(/^Answer:/)).toBeVisible();
  // Easy: a Good new card would come back in this session (its 10-minute step is within the
  // learn-ahead limit); Easy graduates it, so the session can end. The rating buttons are up (and
  // listening) before the key is pressed.
  await expect(page.getByRole("button", { name: /^Easy/ })).toBeEnabled();
  await page.keyboard.press("4");
  await expect(page.getByText("1 reviewed")).toBeVisible();

  // S suspends the card on screen, B buries the next one; neither counts as a review.
  // The counts stay the same (another new card takes the place), so wait for the card to change.
  const setAside = async (key: "s" | "b") => {
    const front = await card.innerText();
    await page.keyboard.press(key);
    await expect(card).not.toHaveText(front);
    await expect(page.getByText("1 reviewed")).toBeVisible();
    await expect(page.getByText("1 new", { exact: true })).toBeVisible();
  };
  await setAside("s");
  await setAside("b");

  // As above: the bury has settled (Show answer is enabled again) before the key is pressed.
  await expect(page.getByRole("button", { name: "Show answer (Space)" })).toBeEnabled();
  await page.keyboard.press("Space");
  await expect(card.getByRole("status")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Easy/ })).toBeEnabled();
  await page.keyboard.press("4");

  const summary = page.getByRole("region", { name: "Session complete" });
  await expect(summary).toBeVisible();
  await expect(summary.getByText("2 reviews in")).toBeVisible();
  await expect(summary.getByText("Easy").locator("..").getByText("2")).toBeVisible();
  await expect(summary.getByText(/Next card due/)).toBeVisible();

  // Undo from the summary brings the last card back.
  await page.keyboard.press("u");
  await expect(page.getByText("1 reviewed")).toBeVisible();
  await expect(card).toBeVisible();

  // The card browser finds the suspended card; selecting it and unsuspending brings it back.
  await page.getByRole("main").getByRole("link", { name: "Card browser" }).click();
  await page.getByLabel("State").selectOption("suspended");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("1 card", { exact: true })).toBeVisible();
  await page.getByLabel("Select card 1").check();
  await page.getByRole("group", { name: "Change the selected cards" }).getByRole("button", { name: "Unsuspend" }).click();
  await expect(page.getByText("1 card unsuspended.")).toBeVisible();
  await expect(page.getByText("No card matches these filters.")).toBeVisible();
  await page.getByLabel("State").selectOption("buried");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText(/^[1-9]\d* cards?$/)).toBeVisible();
});
