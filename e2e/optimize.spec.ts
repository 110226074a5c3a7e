import { expect, test } from "./fixtures";
import { signUp, uniqueEmail } from "./helpers";

test("a new student sees how many reviews personal parameters need, on desktop and phone", async ({ page }, testInfo) => {
  await signUp(page, { name: "Otto Optimize", email: uniqueEmail("otto"), password: "optimize password" });
  await page.goto("/flashcards/settings");
  const panel = page.getByRole("region", { name: "Personal parameters" });
  await expect(panel.getByText("Using the default parameters")).toBeVisible();
  await expect(panel.getByText("0 of the 400 reviews needed — 400 more to go")).toBeVisible();
  // The production server runs where the optimizer loads, so the button is there, waiting for reviews.
  await expect(panel.getByRole("button", { name: "Optimize" })).toBeDisabled();
  await expect(panel.getByRole("button", { name: "Reset to default parameters" })).toHaveCount(0);

  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await expect(panel).toBeVisible();
    // Nothing on the page may be wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: testInfo.outputPath(`review-settings-${width}.png`), fullPage: true });
  }
});
