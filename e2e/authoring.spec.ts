import { expect, test } from "./fixtures";
import { ADMIN, signIn } from "./helpers";

test("an admin creates a numeric template, previews its variants, and it joins the bank", async ({ page, axe }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin/templates/new");
  await page.getByLabel("Key").fill("e2e-causal-count");
  await page.getByLabel("Title", { exact: true }).fill("Causal scores for a short sequence");
  await page.getByLabel("Prompt").fill("Under causal attention, how many query–key scores does one head compute for $n = {n}$ tokens?");
  await page.getByLabel("Explanation").fill("Query $i$ sees keys $0 \\dots i$, so the count is $n(n+1)/2$.");
  await page.getByLabel("Source title").fill("Attention Is All You Need, arXiv 1706.03762");
  await page.getByRole("button", { name: "Add parameter" }).click();
  await page.getByLabel("Name", { exact: true }).fill("n");
  await page.getByLabel("Min", { exact: true }).fill("100");
  await page.getByLabel("Max", { exact: true }).fill("1000");
  await page.getByLabel("Step", { exact: true }).fill("100");
  await page.getByLabel("Formula", { exact: true }).selectOption("attention.causal_scores");
  await page.getByLabel(/\(n\)$/).selectOption("n");

  // The live preview computes sample variants with their answers and steps.
  const preview = page.getByRole("article").first();
  await expect(preview).toContainText("Variant 1");
  await expect(preview).toContainText("n(n+1)/2");

  await page.getByRole("button", { name: "Create template" }).click();
  await expect(page).toHaveURL(/\/admin\/templates\/e2e-causal-count\/edit/);
  await expect(page.getByText(/Saved as version 1/)).toBeVisible();

  await page.goto("/admin/templates/e2e-causal-count");
  await expect(page.getByRole("heading", { name: "Causal scores for a short sequence" })).toBeVisible();
  await expect(page.getByText("10 possible variants")).toBeVisible();

  // The variants page through to the last one and stop there.
  await expect(page.getByRole("heading", { name: "Variants 1–6 of 10" })).toBeVisible();
  await page.getByRole("link", { name: "Next →" }).click();
  await expect(page.getByRole("heading", { name: "Variants 7–10 of 10" })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(4);
  await expect(page.getByRole("link", { name: "Next →" })).toHaveCount(0);
  await page.goto("/admin/templates/e2e-causal-count?page=99");
  await expect(page.getByRole("heading", { name: "Variants 7–10 of 10" })).toBeVisible();

  // A refused save says what to do in words, on the field, and takes the author there.
  await page.goto("/admin/templates/e2e-causal-count/edit");
  const title = page.getByLabel("Title", { exact: true });
  await title.fill("KV");
  await expect(page.getByText("1 field needs attention")).toBeVisible();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(title).toBeFocused();
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await expect(title).toHaveAccessibleDescription(/Title needs at least 3 characters\./);
  await expect(page.getByText(/Too small|expected string/)).toHaveCount(0);
  await axe.checkpoint(page, "refused save");

  // Leaving with unsaved edits asks first; "stay" keeps them, "leave" goes.
  const asked: string[] = [];
  page.once("dialog", (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  const back = page.getByRole("link", { name: "Causal scores for a short sequence" });
  await back.click();
  await expect.poll(() => asked).toEqual(["You have unsaved changes. Leave this page and lose them?"]);
  await expect(page).toHaveURL(/\/edit$/);
  await expect(title).toHaveValue("KV");
  page.once("dialog", (dialog) => void dialog.accept());
  await back.click();
  await expect(page).toHaveURL(/\/admin\/templates\/e2e-causal-count$/);
});

test("GIFT import reports broken lines and writes nothing, then imports a valid file", async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin/import-export");
  const broken = ["::Bytes:: How many bytes in a kibibyte? {#1024:0}", "", "::Broken:: Which is right? {=yes ~no", "", "::Also broken:: Pick {~a ~b}"].join("\n");
  await page.getByLabel("Or paste the text").fill(broken);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText(/^Line 3: unclosed \{/)).toBeVisible();
  await expect(page.getByText(/^Line 5: multiple choice/)).toBeVisible();
  await page.goto("/admin/templates?q=bytes");
  await expect(page.getByRole("link", { name: /^Bytes\b/ })).toHaveCount(0);

  await page.goto("/admin/import-export");
  const valid = ["$CATEGORY: quantization/units", "::Bytes in a KiB:: How many bytes are in one kibibyte (KiB)? {#1024:0}", "", "::INT8 range:: Symmetric INT8 uses codes from −127 to {=127 ~128 ~255}"].join("\n");
  await page.getByLabel("Or paste the text").fill(valid);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText(/2 new templates/)).toBeVisible();
  await page.goto("/admin/templates?q=KiB");
  await expect(page.getByText("Bytes in a KiB")).toBeVisible();
});
