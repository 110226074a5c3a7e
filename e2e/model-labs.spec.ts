import { expect, test } from "./fixtures";
import { signUp, uniqueEmail } from "./helpers";
import type { Locator } from "@playwright/test";

/** Run again, stop it once its first result is in: the page says so and offers to run again. */
async function stopAndRerun(lab: Locator) {
  await lab.getByRole("button", { name: "Run again" }).click();
  await expect(lab.getByText(/first result after \d+ ms/)).toBeVisible({ timeout: 30_000 });
  await lab.getByRole("button", { name: "Stop" }).click();
  await expect(lab.getByText(/^Stopped\./)).toBeVisible();
  await expect(lab.getByRole("button", { name: "Run again" })).toBeEnabled();
}

test("the sliding-window lab runs the course model in the browser: maps, receptive field, cache, perplexity per window, samples; it stops and reruns", async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page, { name: "Model Student", email: uniqueEmail("model"), password: "model student password" });
  await page.goto("/topics/sliding-window-attention");
  const lab = page.locator('section[aria-labelledby="model-lab-title"]');
  await expect(lab.getByRole("heading", { name: "Lab: a real language model under a sliding window" })).toBeVisible();

  // Stop in the middle, then run again to the end.
  await lab.getByRole("button", { name: "Run the lab" }).click();
  await expect(lab.getByText(/first result after \d+ ms/)).toBeVisible({ timeout: 30_000 });
  await lab.getByRole("button", { name: "Stop" }).click();
  await expect(lab.getByText(/^Stopped\./)).toBeVisible();
  await lab.getByRole("combobox", { name: "Checkpoint to look inside" }).selectOption({ label: "w = 32" });
  await lab.getByRole("button", { name: "Run again" }).click();
  await expect(lab.getByText(/Done\./)).toBeVisible({ timeout: 90_000 });
  await expect(lab.getByText(/page (busy at most \d+ ms at a time|never busy for 50 ms or more)/)).toBeVisible();

  // The attention map of the chosen checkpoint, readable from the keyboard.
  await expect(lab.getByRole("heading", { name: "Where each character looks (window-32)" })).toBeVisible();
  const map = lab.getByRole("figure", { name: /Attention weights of layer 1, head 1/ });
  await map.focus();
  await expect(map.getByText(/^Query \d+ “.+” → key \d+ “.+”: weight \d\.\d{3}$/)).toBeVisible();
  for (let i = 0; i < 40; i++) await page.keyboard.press("ArrowLeft");
  await expect(map.getByText(/masked \(outside the window\)/)).toBeVisible();
  await lab.getByRole("combobox", { name: "Layer" }).selectOption({ label: "Layer 3" });
  await expect(lab.getByRole("figure", { name: /Attention weights of layer 3, head 1/ })).toBeVisible();

  // The receptive field and the cache agree with the library; every window has its perplexities and its sample.
  const field = lab.getByRole("region", { name: "Receptive field, measured and by formula" });
  await expect(field.getByRole("row")).toHaveCount(4);
  await expect(field.getByText("✗")).toHaveCount(0);
  await expect(lab.getByText(/✓ every size equals it\./)).toBeVisible();
  const perplexity = lab.getByRole("region", { name: "Held-out perplexity per window" });
  await expect(perplexity.getByRole("row")).toHaveCount(6);
  await expect(perplexity.getByRole("cell", { name: "…", exact: true })).toHaveCount(0);
  await expect(lab.getByRole("list", { name: "What each checkpoint writes" }).getByRole("listitem")).toHaveCount(5);
});

test("the RoPE lab checks the offset property on the model's own layer and runs every position scheme past its training length", async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page, { name: "Rope Student", email: uniqueEmail("rope"), password: "rope student password" });
  await page.goto("/topics/rope");
  const lab = page.locator('section[aria-labelledby="model-lab-title"]');
  await lab.scrollIntoViewIfNeeded();
  await lab.getByRole("button", { name: "Run the lab" }).click();
  await expect(lab.getByText(/first result after \d+ ms/)).toBeVisible({ timeout: 30_000 });
  await expect(lab.getByRole("heading", { name: "Does the score depend only on the offset?" })).toBeVisible();
  await expect(lab.getByText(/Done\./)).toBeVisible({ timeout: 120_000 });
  const table = lab.getByRole("region", { name: "Held-out perplexity per position scheme and length" });
  await expect(table.getByRole("row")).toHaveCount(7);
  await expect(table.getByRole("cell", { name: "…", exact: true })).toHaveCount(0);
  // Learned positions have no row past 128: shown as a dash, and said why.
  await expect(table.getByRole("row", { name: /Learned absolute positions/ }).getByRole("cell", { name: "—", exact: true })).toHaveCount(4);
  await expect(lab.getByText(/No vector exists for position 128 or later/)).toBeVisible();

  // A character the model never saw is refused with a reason, and the page keeps working.
  await lab.getByLabel("Query and key characters").fill("e€");
  await lab.getByRole("button", { name: "Run again" }).click();
  await expect(lab.getByRole("alert")).toContainText("“€” is not in the model's vocabulary");
});

test("the quantization lab quantizes the course model nine ways and shows size, perplexity, samples and the most sensitive matrices", async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page, { name: "Quant Student", email: uniqueEmail("quant"), password: "quant student password" });
  await page.goto("/topics/quantization");
  const lab = page.locator('section[aria-labelledby="model-lab-title"]');
  await lab.scrollIntoViewIfNeeded();
  await lab.getByRole("button", { name: "Run the lab" }).click();
  await expect(lab.getByText(/first result after \d+ ms/)).toBeVisible({ timeout: 30_000 });
  await expect(lab.getByText(/Done\./)).toBeVisible({ timeout: 120_000 });
  const schemes = lab.getByRole("region", { name: "Every scheme's size, error and held-out perplexity" });
  await expect(schemes.getByRole("row")).toHaveCount(10);
  await expect(schemes.getByRole("row", { name: /NF4, blocks of 64, double-quantized constants 4\.\d{3}/ })).toBeVisible();
  await expect(lab.getByRole("list", { name: "What each version writes" }).getByRole("listitem")).toHaveCount(9);
  await expect(lab.getByRole("region", { name: "Which matrices suffer most from INT4" }).getByRole("row")).toHaveCount(8);
  await lab.getByText("The weights of every matrix, and the library check").click();
  await expect(lab.getByText(/✓ every code and step agrees/)).toBeVisible();
  await stopAndRerun(lab);
});

test("the PEFT lab fine-tunes the course model fully and with LoRA on the same batches, and checks the merged adapters", async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page, { name: "Peft Student", email: uniqueEmail("peft"), password: "peft student password" });
  await page.goto("/topics/peft");
  const lab = page.locator('section[aria-labelledby="model-lab-title"]');
  await lab.scrollIntoViewIfNeeded();
  await lab.getByRole("combobox", { name: "Steps per method (2 × 64 characters each)" }).selectOption("20");
  await lab.getByRole("button", { name: "Run the lab" }).click();
  await expect(lab.getByText(/first result after \d+ ms/)).toBeVisible({ timeout: 30_000 });
  await expect(lab.getByRole("region", { name: "What each method trains and keeps" }).getByRole("row", { name: /LoRA r = 4 4,608 4,608 ✓/ })).toBeVisible();
  await expect(lab.getByText(/Done\./)).toBeVisible({ timeout: 120_000 });
  const table = lab.getByRole("region", { name: "Learned and forgotten" });
  await expect(table.getByRole("row", { name: /^LoRA r = 4 20 / })).toBeVisible();
  await expect(table.getByRole("row", { name: /^Full fine-tuning 20 / })).toBeVisible();
  await expect(lab.getByRole("list", { name: "What each model writes" }).getByRole("listitem")).toHaveCount(3);
  await expect(lab.getByText(/✓ Merged into the weights/)).toBeVisible();
  await stopAndRerun(lab);
});

test("the RLHF lab builds preferences from the model's samples, trains a reward model, and runs PPO at two β and DPO", async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page, { name: "Rlhf Student", email: uniqueEmail("rlhf"), password: "rlhf student password" });
  await page.goto("/topics/rlhf");
  const lab = page.locator('section[aria-labelledby="model-lab-title"]');
  await lab.scrollIntoViewIfNeeded();
  await lab.getByRole("combobox", { name: "Policy updates per method" }).selectOption("10");
  await lab.getByRole("button", { name: "Run the lab" }).click();
  await expect(lab.getByText(/first result after \d+ ms/)).toBeVisible({ timeout: 30_000 });
  await expect(lab.getByRole("heading", { name: "1. Preferences from the model's own samples" })).toBeVisible();
  await expect(lab.getByText(/Done\./)).toBeVisible({ timeout: 150_000 });
  await expect(lab.getByText(/of the held-out pairs/)).toBeVisible();
  await expect(lab.getByRole("figure", { name: "KL to the base model over training" })).toBeVisible();
  await expect(lab.getByRole("list", { name: "What each policy writes" }).getByRole("listitem")).toHaveCount(4);
  await stopAndRerun(lab);
});
