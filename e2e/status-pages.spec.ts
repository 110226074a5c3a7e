import { expect, test } from "./fixtures";
import { signUp, uniqueEmail } from "./helpers";

test("the 403 and 404 pages have one main landmark, inside the app's frame as outside it", async ({ page }) => {
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("main")).toHaveCount(1);

  await signUp(page, { name: "Nia Nowhere", email: uniqueEmail("nia"), password: "status pages 404" });
  for (const [path, code] of [
    ["/admin", "403"],
    ["/attempts/cmx0000000000000000000000", "404"],
    ["/no-such-page", "404"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByText(code, { exact: true })).toBeVisible();
    await expect(page.getByRole("main"), path).toHaveCount(1);
    await expect(page.locator("#main"), path).toHaveCount(1);
  }
});
