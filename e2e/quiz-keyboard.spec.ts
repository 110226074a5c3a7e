import { expect, test, type Page } from "./fixtures";
import { signUp, uniqueEmail } from "./helpers";

/** What has the keyboard focus: its role-ish description, for the assertions' messages. */
async function focused(page: Page): Promise<{ tag: string; type: string | null; text: string; name: string | null }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    // The type property, not the attribute: an <input> without one is a text field.
    const type = el instanceof HTMLInputElement || el instanceof HTMLButtonElement ? el.type : null;
    return { tag: el?.tagName ?? "", type, text: (el?.textContent ?? "").trim().slice(0, 60), name: el?.getAttribute("name") ?? null };
  });
}

/** Tabs forward until `matches` holds for the focused element (at most 60 presses). */
async function tabTo(page: Page, matches: (f: Awaited<ReturnType<typeof focused>>) => boolean): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (matches(await focused(page))) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`never reached the element; focus is on ${JSON.stringify(await focused(page))}`);
}

test("a keyboard user takes a topic quiz to the end: focus follows every question, and Enter goes on to the summary and hands it in", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, { name: "Kim Keys", email: uniqueEmail("kim"), password: "keyboard only 42" });
  await page.goto("/topics/rope");
  await page.getByLabel("Questions", { exact: true }).selectOption("5");
  await page.getByRole("button", { name: "Start a topic quiz" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/attempts\/[^/]+$/);
  await expect(page.getByText("Question 1 of 5")).toBeVisible();

  // The first question: Tab into its answer, as on any page, once the page has settled (a render
  // still arriving would put the focus back at the top).
  await page.waitForLoadState("networkidle");
  await tabTo(page, (f) => (f.tag === "INPUT" && (f.type === "text" || f.type === "radio" || f.type === "checkbox")) || f.tag === "TEXTAREA" || f.tag === "SELECT" || (f.tag === "BUTTON" && f.text === "Submit answer"));
  for (let i = 0; i < 5; i++) {
    await expect(page.getByText(`Question ${i + 1} of 5`)).toBeVisible();
    const f = await focused(page);
    if (f.tag === "INPUT" && f.type === "radio") await page.keyboard.press("1");
    else if (f.tag === "INPUT" && f.type === "checkbox") await page.keyboard.press("Space");
    else if (f.tag === "SELECT") {
      // Pairs to match: the first answer for each, Tab from one list to the next.
      const lists = page.getByRole("group", { name: "Match each item to its answer" }).getByRole("combobox");
      const n = await lists.count();
      for (let k = 0; k < n; k++) {
        await page.keyboard.press("ArrowDown");
        if (k < n - 1) await page.keyboard.press("Tab");
      }
    } else if (f.tag === "INPUT" || f.tag === "TEXTAREA") await page.keyboard.type("1");
    else if (f.tag !== "BUTTON") await tabTo(page, (g) => g.tag === "BUTTON" && g.text === "Submit answer"); // an ordering, sent as shown
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: /Correct|Partly correct|Not quite/ })).toBeVisible();
    // Focus moves to the way on, enabled, and Enter takes it.
    const next = i < 4 ? "Next question →" : "Finish attempt…";
    await expect(page.getByRole("button", { name: next })).toBeFocused();
    await page.keyboard.press("Enter");
    if (i < 4) {
      // On the next question the focus is in its answer (or on its heading), never on <body>.
      await expect(page.getByText(`Question ${i + 2} of 5`)).toBeVisible();
      await expect.poll(async () => (await focused(page)).tag).not.toBe("BODY");
      const g = await focused(page);
      expect(["INPUT", "TEXTAREA", "SELECT", "H2"], JSON.stringify(g)).toContain(g.tag);
    }
  }
  // The summary: focus on its heading; Tab to "Submit all and finish", Enter, and Enter again
  // on the confirmation (which starts on its confirming button).
  await expect(page.getByRole("heading", { name: "Summary of your attempt" })).toBeFocused();
  await expect(page.getByText("5 of 5 questions answered")).toBeVisible();
  await tabTo(page, (f) => f.tag === "BUTTON" && f.text === "Submit all and finish");
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Submit all and finish?" });
  await expect(dialog.getByText("All 5 questions are answered.")).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Submit all and finish" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/attempts\/[^/]+\/review$/);
});
