import { expect, test } from "@playwright/test";
import { largeGiftFile } from "../test/fixtures/large-import-files";
import { ADMIN, signIn } from "./helpers";

// A large file whose last question is broken: the import reads and checks 30,000 questions
// (long enough to watch its progress), then writes nothing, so the question bank the other
// journeys draw from stays as it was.
test("a large GIFT import shows its progress, then every problem with its line", async ({ page }) => {
  const { text } = largeGiftFile(1024 * 1024, { lastQuestion: "::Last:: Which one is it? {=this ~that" });
  const lastLine = text.trimEnd().split("\n").length;
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin/import-export");
  await page.getByLabel("File").setInputFiles({ name: "large.gift", mimeType: "text/plain", buffer: Buffer.from(text) });
  await page.getByRole("button", { name: "Import" }).click();

  await expect(page.getByRole("progressbar", { name: "Import progress" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /Step [123] of 3/ })).toBeVisible();
  await expect(page.getByText("Nothing was imported: 1 problem in large.gift (GIFT).")).toBeVisible({ timeout: 45_000 });
  await expect(page.getByText(`Line ${lastLine}: unclosed {`)).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Import progress" })).toHaveCount(0);
});

test("a file over 5 MB is refused before it is sent, and the server refuses it with 413", async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin/import-export");
  const big = Buffer.alloc(Math.round(6.2 * 1024 * 1024), "a");
  await page.getByLabel("File").setInputFiles({ name: "big.gift", mimeType: "text/plain", buffer: big });
  await expect(page.getByText("The file is 6.2 MB; the limit is 5 MB.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Import" })).toBeDisabled();

  // The endpoint itself, as a script would call it (same session cookie).
  const response = await page.request.post("/api/admin/import?defaultTopic=rope&name=big.gift", { headers: { "content-type": "application/octet-stream" }, data: big });
  expect(response.status()).toBe(413);
  expect(await response.json()).toEqual({ error: "The file is 6.2 MB; the limit is 5 MB." });
});
