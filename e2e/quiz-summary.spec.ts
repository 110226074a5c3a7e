import { expect, test } from "./fixtures";
import { answerShownQuestion, signUp, startTopicQuiz, uniqueEmail } from "./helpers";

test("finishing early goes through a summary that names what is unanswered and flagged, and can be left without handing in", async ({ page, axe }) => {
  test.setTimeout(90_000);
  await signUp(page, { name: "Sam Summary", email: uniqueEmail("sam"), password: "summary password 7" });
  const attemptUrl = await startTopicQuiz(page, "quantization", 5);

  // Answer question 1, flag question 2, leave the rest.
  await answerShownQuestion(page);
  await page.getByRole("button", { name: "Next question →" }).click();
  await expect(page.getByText("Question 2 of 5")).toBeVisible();
  const flag = page.getByRole("button", { name: "Flag for later" });
  await flag.click();
  await expect(flag).toHaveAttribute("aria-pressed", "true");

  // "Finish attempt…" no longer ends the attempt: it opens the summary.
  await page.getByRole("button", { name: "Finish attempt…" }).click();
  await expect(page).toHaveURL(attemptUrl);
  await expect(page.getByRole("heading", { name: "Summary of your attempt" })).toBeFocused();
  await expect(page.getByText("1 of 5 questions answered · 1 flagged")).toBeVisible();
  const rows = page.getByRole("row");
  await expect(rows).toHaveCount(6);
  await expect(rows.nth(1)).toContainText("Answered");
  await expect(rows.nth(2)).toContainText("Not yet answered");
  await expect(rows.nth(2)).toContainText("Flagged");
  for (const n of [3, 4, 5]) await expect(rows.nth(n)).toContainText("Not yet answered");
  await axe.checkpoint(page, "summary");

  // "Return to attempt" goes back to the question the student left; a row opens its question.
  await page.getByRole("button", { name: "Return to attempt" }).click();
  await expect(page.getByText("Question 2 of 5")).toBeVisible();
  await page.getByRole("button", { name: "Finish attempt…" }).click();
  await page.getByRole("row").nth(4).getByRole("button").click();
  await expect(page.getByText("Question 4 of 5")).toBeVisible();

  // The flag is kept by the server: it is still there after a reload.
  await page.reload();
  await page.getByRole("button", { name: "Finish attempt…" }).click();
  await expect(page.getByText("1 of 5 questions answered · 1 flagged")).toBeVisible();

  // The confirmation names the unanswered and flagged questions; cancelling keeps the attempt open.
  await page.getByRole("button", { name: "Submit all and finish" }).click();
  const dialog = page.getByRole("dialog", { name: "Submit all and finish?" });
  await expect(dialog).toContainText("Questions 2, 3, 4 and 5 are not answered and will count as wrong.");
  await expect(dialog).toContainText("You flagged question 2 to come back to.");
  await axe.checkpoint(page, "confirmation");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await page.goto(attemptUrl);
  await expect(page).toHaveURL(attemptUrl);

  // Confirming hands it in.
  await page.getByRole("button", { name: "Finish attempt…" }).click();
  await page.getByRole("button", { name: "Submit all and finish" }).click();
  await dialog.getByRole("button", { name: "Submit all and finish" }).click();
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByText(/^\d+(\.\d+)? \/ 5 marks/)).toBeVisible();
});
