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
  await expect(page.getByText(/between 70 % and 97 %.*above 97 % the workload grows very fast/)).toBeVisible();
  await expect(page.getByLabel("Desired retention (%)")).toHaveValue("99");
  await page.getByLabel("Desired retention (%)").fill("85");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Desired retention (%)")).toHaveValue("85");
});

test("cards rated Again come back in the same session, after the rest, and the counters follow", async ({ page }) => {
  await signUp(page, { name: "Lena Learn", email: uniqueEmail("lena"), password: "learning steps 1" });
  await page.goto("/flashcards/settings");
  await page.getByLabel("New cards per day").fill("2");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await page.goto("/flashcards");
  await page.getByRole("button", { name: "Add the Rotary position embeddings (RoPE) deck" }).click();
  const card = page.getByRole("region", { name: "Card" });
  await expect(page.getByText("2 new", { exact: true })).toBeVisible();

  // Both new cards rated Again: each is a minute away, within the learn-ahead limit, so each stays.
  for (const [learning, fresh] of [[1, 1], [2, 0]] as const) {
    await expect(card).toBeVisible();
    await page.keyboard.press("Space");
    await expect(page.getByRole("button", { name: /^Again/ })).toBeEnabled();
    await page.keyboard.press("1");
    await expect(page.getByText(`${learning} learning`, { exact: true })).toBeVisible();
    await expect(page.getByText(`${fresh} new`, { exact: true })).toBeVisible();
  }
  // They come back without a reload; Easy graduates each.
  for (const learning of [1, 0]) {
    await expect(card).toBeVisible();
    await page.keyboard.press("Space");
    await expect(page.getByRole("button", { name: /^Easy/ })).toBeEnabled();
    await page.keyboard.press("4");
    if (learning > 0) await expect(page.getByText(`${learning} learning`, { exact: true })).toBeVisible();
  }
  await expect(card).toHaveCount(0);
});

test("a keyboard user reviews 20 cards with an undo, and the card rated Again comes back in the session", async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page, { name: "Kai Keys", email: uniqueEmail("kai"), password: "twenty cards 20" });
  await page.goto("/flashcards");
  // Keyboard only from here: two decks, so a day's 20 new cards are there.
  for (const deck of ["Add the Rotary position embeddings (RoPE) deck", "Add the Sliding-window attention deck"]) {
    await page.getByRole("button", { name: deck }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: deck })).toHaveCount(0);
  }
  const card = page.getByRole("region", { name: "Card" });
  await expect(page.getByText(/^(19|20) new$/)).toBeVisible();

  let reviewed = 0;
  let cameBack = false;
  let undone = false;
  let newSeen = 0;
  while ((await card.count()) > 0 && reviewed < 45) {
    // The card says which queue it comes from: the one rated Again is "seen earlier today".
    const returning = (await card.getByText("Learning · seen earlier today").count()) > 0;
    if (await card.getByText("New card").count()) newSeen++;
    await page.keyboard.press("Space");
    await expect(page.getByRole("button", { name: /^Again/ })).toBeEnabled();
    // Again on the first card; Easy on the rest (Good would send a new card to its 10-minute
    // step, inside the 20-minute learn-ahead limit, so it too would come back today).
    const key = reviewed === 0 ? "1" : "4";
    await page.keyboard.press(key);
    reviewed++;
    await expect(page.getByText(`${reviewed} reviewed`, { exact: true }).or(page.getByRole("heading", { name: "Session complete" }))).toBeVisible();
    if (reviewed === 1) {
      await expect(page.getByText("1 learning", { exact: true })).toBeVisible();
    }
    if (returning) cameBack = true;
    if (reviewed === 5 && !undone) {
      // Undo takes the last rating back: the counter drops and the same card is shown again.
      await page.keyboard.press("u");
      reviewed--;
      newSeen--;
      undone = true;
      await expect(page.getByText(`${reviewed} reviewed`, { exact: true })).toBeVisible();
    }
  }
  expect(undone).toBe(true);
  expect(cameBack, "the card rated Again came back in the same session").toBe(true);
  // Up to the day's 20 new cards once each (a cloze's siblings wait for another day), and the one
  // rated Again a second time: at least 20 reviews.
  expect(newSeen).toBeGreaterThanOrEqual(19);
  expect(reviewed).toBe(newSeen + 1);
  await expect(card).toHaveCount(0);
});
