import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { ADMIN, signIn } from "./helpers";

const fixture = (name: string) => readFileSync(new URL(`../lib/moodle-xml/fixtures/${name}`, import.meta.url));

test("an admin imports a Moodle XML bank, reads the report with its lines, opens a calculated template and exports Moodle XML", async ({ page, axe }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin/import-export");

  // A broken file: nothing is written, every problem is listed with its line.
  await page.getByLabel("File").setInputFiles({ name: "broken-questions.xml", mimeType: "application/xml", buffer: fixture("broken-questions.xml") });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText("Nothing was imported: 3 problems in broken-questions.xml (Moodle XML).")).toBeVisible();
  await expect(page.getByText('Line 10: "Unknown wildcard": the formula uses {b} with no dataset definition')).toBeVisible();
  await axe.checkpoint(page, "Moodle XML import refused");

  // A document type declaration is refused before anything is read.
  await page.getByLabel("File").setInputFiles({ name: "entity-expansion.xml", mimeType: "application/xml", buffer: fixture("entity-expansion.xml") });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText(/Line 2: the file has a document type declaration/)).toBeVisible();

  // The bank: nine templates, a warning for each part that isn't carried, with its line.
  await page.getByLabel("File").setInputFiles({ name: "question-bank.xml", mimeType: "application/xml", buffer: fixture("question-bank.xml") });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText("Imported question-bank.xml (Moodle XML).")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("list", { name: "Imported templates" }).getByRole("listitem")).toHaveCount(9);
  await expect(page.getByText(/Line 505: "Explain position interpolation": skipped/)).toBeVisible();
  await expect(page.getByText(/Line 254: "LoRA parameters of one matrix": shared dataset \{d\}/)).toBeVisible();
  await axe.checkpoint(page, "Moodle XML import report");

  // The calculated question is a template with a formula answer, editable with a working preview.
  await page.getByRole("link", { name: "LoRA parameters of one matrix" }).click();
  await page.getByRole("link", { name: /^Edit/ }).first().click();
  await expect(page.getByRole("textbox", { name: "Your formula" })).toHaveValue("2*{d}*{r}");
  await expect(page.getByText(/Formula: 2\*\{d\}\*\{r\}/).first()).toBeVisible({ timeout: 15_000 });

  // Export: a Moodle XML download with the calculated question and its datasets.
  await page.goto("/admin/import-export");
  await page.getByLabel("Items (N)").fill("3");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download Moodle XML" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^quizformer-all-\d{4}-\d{2}-\d{2}\.xml$/);
  const xml = readFileSync((await file.path())!, "utf8");
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<quiz>/);
  expect(xml).toContain("<text>2*{d}*{r}</text>");
  expect(xml).toContain("<dataset_definitions>");
});
