import { expect, test, type Page } from "./fixtures";
import { giveSomeAnswer, shownAnswerInput, signUp, submitAllAndFinish, uniqueEmail } from "./helpers";

/** Gives some answer to the question on screen, whatever its kind. */
async function answerSomehow(page: Page): Promise<"number" | "other"> {
  const text = page.getByLabel(/^Your answer/);
  if (await text.count()) {
    await text.fill("1");
    return (await text.getAttribute("inputmode")) === "decimal" ? "number" : "other";
  }
  const radios = page.getByRole("radio");
  if (await radios.count()) {
    await page.keyboard.press("1");
    await expect(radios.first()).toBeChecked();
    return "other";
  }
  // Ticks, pairs to match; ordering questions can be submitted in the order shown.
  await giveSomeAnswer(page);
  return "other";
}

test("a student takes a topic quiz with immediate feedback and worked steps; answers never reach the browser early", async ({ page }) => {
  test.setTimeout(180_000);
  const bodies: string[] = [];
  page.on("response", async (response) => {
    const type = response.headers()["content-type"] ?? "";
    if (/html|json|text\/x-component|javascript/.test(type)) bodies.push(await response.text().catch(() => ""));
  });

  await signUp(page, { name: "Quinn Quiz", email: uniqueEmail("quinn"), password: "quiz taker password" });
  // Which questions a quiz draws is random: a quiz whose ten happen to have no numeric answer
  // long enough to check is handed in and another one taken, so the check always runs.
  let checkedLeak = 0;
  let rounds = 0;
  for (; rounds < 4 && checkedLeak === 0; rounds++) {
    await page.goto("/topics/sliding-window-attention");
    await page.getByRole("button", { name: "Start a topic quiz" }).click();
    await expect(page).toHaveURL(/\/attempts\//);
    for (let i = 0; i < 10; i++) {
      await expect(page.getByText(`Question ${i + 1} of 10 ·`)).toBeVisible();
      await expect(shownAnswerInput(page)).toBeVisible();
      const before = bodies.join("\n") + (await page.content());
      const how = await answerSomehow(page);
      await page.getByRole("button", { name: "Submit answer" }).click();
      const status = page.getByRole("status").filter({ hasText: /Correct|Partly correct|Not quite/ });
      await expect(status).toBeVisible();
      const expected = (await status.locator("strong").first().innerText()).trim();
      // Computed numeric answers must not be in the page or any response before submitting.
      // (Choices are shown by design; words and short numbers like "8" occur in prompts by chance.)
      if (how === "number" && expected.length >= 5) {
        // As a whole figure: "5 GiB" must not match inside the placeholder "e.g. 12.5 GiB".
        const figure = new RegExp(`(?<![\\d.,])${expected.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?!\\d)`);
        expect(figure.test(before), `answer “${expected}” was in the page before submitting`).toBe(false);
        checkedLeak++;
      }
      if (await status.getByText("Worked steps").count()) await expect(status.getByRole("listitem").first()).toBeVisible();
      // Only what arrives from here on can leak the next answer: an earlier question's worked
      // steps may mention the same figure (e.g. "5 GiB") legitimately, after it was answered.
      bodies.length = 0;
      if (i < 9) await page.getByRole("button", { name: "Next question →" }).click();
    }
    await submitAllAndFinish(page);
    await expect(page.getByText(/^\d+(\.\d+)? \/ 10 marks/)).toBeVisible();
  }
  expect(checkedLeak).toBeGreaterThan(0);

  // Every quiz handed in (one, or more when a round had nothing to check) can be reviewed.
  await page.goto("/topics/sliding-window-attention");
  await expect(page.getByRole("main").getByRole("link", { name: "Review", exact: true })).toHaveCount(rounds);
});

test("an unfinished attempt resumes after a reload, on the same variant", async ({ page }) => {
  await signUp(page, { name: "Rae Resume", email: uniqueEmail("rae"), password: "resume password 1" });
  await page.goto("/topics/rope");
  await page.getByRole("button", { name: "Start a topic quiz" }).click();
  await expect(page).toHaveURL(/\/attempts\//);
  const prompt = await page.locator("form .markdown").first().innerText();
  await page.reload();
  expect(await page.locator("form .markdown").first().innerText()).toBe(prompt);
  await page.goto("/topics/rope");
  await page.getByRole("button", { name: "Resume your quiz" }).click();
  expect(await page.locator("form .markdown").first().innerText()).toBe(prompt);
});
