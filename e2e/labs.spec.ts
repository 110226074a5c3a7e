import { expect, test } from "./fixtures";
import { signUp, uniqueEmail } from "./helpers";

const TOPICS = ["sliding-window-attention", "rope", "quantization", "rlhf", "peft"];

test("every topic's lab runs in the browser and shows a chart and numbers", async ({ page }) => {
  test.setTimeout(240_000);
  await signUp(page, { name: "Lab Student", email: uniqueEmail("lab"), password: "lab student password" });
  for (const slug of TOPICS) {
    await page.goto(`/topics/${slug}`);
    const lab = page.locator('section[aria-labelledby="lab-title"]');
    await lab.getByRole("button", { name: "Run the lab" }).click();
    // Results stream in from the Web Worker while the page stays usable.
    await expect(lab.getByText(/first result after \d+ ms/)).toBeVisible({ timeout: 30_000 });
    await expect(lab.getByText(/Done\./)).toBeVisible({ timeout: 120_000 });
    await expect(lab.locator("svg.recharts-surface").first()).toBeVisible();
    await expect(lab.locator("dl, table").first()).toBeVisible();
  }
});
