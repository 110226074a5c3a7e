import { expect, test } from "./fixtures";
import { signUp, uniqueEmail } from "./helpers";

test.use({ viewport: { width: 390, height: 844 } });

test("on a phone the header's links sit behind a Menu button that works by keyboard, and deck names are never cut", async ({ page }) => {
  await signUp(page, { name: "Pip Phone", email: uniqueEmail("pip"), password: "phone layout 390" });
  await page.goto("/dashboard");
  const menu = page.getByRole("button", { name: "Menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("link", { name: "Flashcards", exact: true })).toBeHidden();

  // Open by keyboard, follow a link: it navigates and the menu closes.
  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Dashboard" })).toHaveAttribute("aria-current", "page");
  await nav.getByRole("link", { name: "Flashcards" }).click();
  await expect(page).toHaveURL(/\/flashcards$/);
  await expect(menu).toHaveAttribute("aria-expanded", "false");

  // Escape closes it and puts focus back on the button.
  await menu.click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();

  // Deck names wrap rather than ending in an ellipsis: no text on the page is cut.
  await expect(page.getByText("Rotary position embeddings (RoPE)", { exact: true })).toBeVisible();
  const cut = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("main *")]
      .filter((el) => getComputedStyle(el).textOverflow === "ellipsis" && el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.innerText),
  );
  expect(cut).toEqual([]);
  // Nothing makes the page scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
