import { expect, test } from "./fixtures";
import { ADMIN, signIn } from "./helpers";

test("an admin writes a cloze card with a live preview, fixes its syntax, and finds it in the list", async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin");
  await page.getByRole("main").getByRole("link", { name: "Flashcards" }).click();
  await expect(page.getByRole("heading", { name: "Flashcards" })).toBeVisible();
  await page.getByRole("link", { name: "New card" }).click();

  const text = page.getByLabel("Cloze text");
  const preview = page.getByRole("region", { name: "Live preview" });
  // Typing before the page is interactive is lost, so retry until the preview follows.
  await expect(async () => {
    await text.fill("{{c1::warm-up}}");
    await expect(preview.getByText("Card c1")).toBeVisible({ timeout: 1000 });
  }).toPass();
  await page.getByLabel("Topic").selectOption({ label: "Rotary position embeddings (RoPE)" });
  await text.fill("RoPE rotates the {{c1::queries and keys}} by $m\\theta_i$, with base {{c2::10000");

  // The broken deletion is located inline, tied to the field, before anything is sent.
  await expect(text).toHaveAttribute("aria-invalid", "true");
  await expect(text).toHaveAccessibleDescription(/The deletion opened at line 1, column 69 is never closed/);
  await expect(preview.getByRole("alert")).toContainText("never closed");

  await text.fill("RoPE rotates the {{c1::queries and keys}} by $m\\theta_i$, with base {{c2::10000::a power of ten}}.");
  const first = preview.getByRole("article").filter({ hasText: "Card c1" });
  const second = preview.getByRole("article").filter({ hasText: "Card c2" });
  await expect(first).toContainText("RoPE rotates the […] by");
  await expect(first.locator("strong")).toHaveText("queries and keys");
  await expect(first.locator(".katex").first()).toBeVisible();
  await expect(second).toContainText("[a power of ten]");
  await expect(page.getByLabel("Key", { exact: true })).toHaveValue("rope-rotates-queries-keys-base");

  await page.getByLabel("Key", { exact: true }).fill("e2e-rope-rotated-vectors");
  await page.getByLabel("Tags", { exact: true }).fill("mechanism, e2e");
  await page.getByRole("button", { name: "Create card" }).click();
  await expect(page.getByLabel("Source title")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Name the source in at least 3 characters")).toBeVisible();

  await page.getByLabel("Source title").fill("RoFormer: Enhanced Transformer with Rotary Position Embedding, arXiv 2104.09864");
  await page.getByLabel("Source URL").fill("https://arxiv.org/abs/2104.09864");
  await page.getByRole("button", { name: "Create card" }).click();
  await expect(page).toHaveURL(/\/admin\/flashcards\/e2e-rope-rotated-vectors\/edit\?created=1$/);
  await expect(page.getByText("Card created.")).toBeVisible();

  await page.goto("/admin/flashcards?q=rotated-vectors");
  const row = page.getByRole("link", { name: /RoPE rotates the \[queries and keys\]/ });
  await expect(row).toContainText("2 cards · 0 studying");
  await expect(row).toContainText("Cloze");
});
