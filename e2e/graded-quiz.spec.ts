import { expect, test } from "./fixtures";
import { ADMIN, answerShownQuestion, createTeamWithInvite, signIn, signUp, submitAllAndFinish, uniqueEmail, uniqueName } from "./helpers";

/** A datetime-local value `days` from now (UTC wall clock: far enough from any zone's edge for the test). */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 16);

test("a Moodle-style graded quiz: dates, marks, pass mark, grading method, reorder, preview, duplicate, navigation and flags", async ({ page, browser, axe }) => {
  test.setTimeout(150_000);
  const title = uniqueName("Graded check");
  const team = uniqueName("Graded team");
  await signIn(page, ADMIN.email, ADMIN.password);
  // Published to one team only, so other journeys sharing the database never see it.
  const { link } = await createTeamWithInvite(page, team);

  // ── The author builds it: a random draw worth 2 marks each, then a fixed template moved to the top by keyboard.
  await page.goto("/admin/quizzes/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Topic", { exact: true }).selectOption("sliding-window-attention");
  await page.getByLabel("Random questions").fill("2");
  await page.getByLabel("from topic").selectOption("sliding-window-attention");
  await page.getByLabel("Marks each").fill("2");
  await page.getByRole("button", { name: "+ Template" }).click();
  await page.locator("#item-1-template").selectOption("swa-window-scores");
  await page.getByLabel("Opens", { exact: true }).fill(inDays(30));
  await page.getByLabel("Pass mark (%)").fill("50");
  await page.getByLabel("Grade from").selectOption("LAST");
  await page.getByLabel("Shuffle question order").uncheck();
  const handle = page.getByRole("button", { name: "Move question 2", exact: true });
  await handle.focus();
  // Each step is announced; the next key waits for it, as a screen-reader user would.
  await page.keyboard.press("Space");
  // Picking up announces "Picked up …", at once followed by "… is now at position 2 of 2".
  await expect(page.getByText(/(, | is now at )position 2 of 2\.$/)).toBeAttached();
  await page.keyboard.press("ArrowUp");
  await expect(page.getByText(/is now at position 1 of 2\.$/)).toBeAttached();
  await page.keyboard.press("Space");
  await expect(page.getByText(/dropped at position 1 of 2\.$/)).toBeAttached();
  await expect(page.locator("#item-0-template")).toHaveValue("swa-window-scores");
  await expect(page.getByLabel("Marks each")).toHaveValue("2");
  await axe.checkpoint(page, "builder");
  await page.getByRole("button", { name: "Save quiz" }).click();
  await expect(page).toHaveURL(/\/admin\/quizzes\/(?!new)[^/?]+$/);
  const builderUrl = page.url();
  await page.reload();
  await expect(page.locator("#item-0-template")).toHaveValue("swa-window-scores");
  await expect(page.getByLabel("Grade from")).toHaveValue("LAST");
  await page.getByLabel("Only these teams:").check();
  await page.getByLabel(team, { exact: true }).check();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published to the chosen teams.")).toBeVisible();

  // ── A preview counts nowhere and says so; the builder is one link away.
  await page.getByRole("button", { name: "Preview as a student" }).click();
  await expect(page).toHaveURL(/\/attempts\/[^/]+$/);
  await expect(page.getByText("Preview: you are taking the quiz as a student would.")).toBeVisible();
  await expect(page.getByText("Question 1 of 3 ·")).toBeVisible();
  await page.getByRole("link", { name: "Quiz builder" }).click();
  await expect(page).toHaveURL(builderUrl);

  // ── A student sees when it opens, in their zone, and can't start it yet.
  const student = await (await browser.newContext()).newPage();
  await signUp(student, { name: "Gia Graded", email: uniqueEmail("gia"), password: "graded password 5" });
  await student.goto(link);
  await student.getByRole("button", { name: `Join ${team}` }).click();
  await expect(student.getByRole("heading", { name: team })).toBeVisible();
  await student.goto("/quizzes");
  const card = student.getByRole("listitem").filter({ has: student.getByRole("heading", { name: title }) });
  await expect(card.getByText(/^Opens .* \(in (29|30) days\)$/)).toBeVisible();
  await expect(card.getByText("You can start it once it opens.")).toBeVisible();
  await expect(card.getByRole("button", { name: "Start quiz" })).toHaveCount(0);
  await expect(card.getByText("Pass mark 50 %")).toBeVisible();

  // ── The author opens it now and sets a close: the student sees the time left.
  await page.getByLabel("Opens", { exact: true }).fill("");
  await page.getByLabel("Closes", { exact: true }).fill(inDays(2));
  await page.getByRole("button", { name: "Save quiz" }).click();
  await expect(page.getByText("Quiz saved.")).toBeVisible();
  await student.reload();
  await expect(card.getByText(/^Closes .* \((1 days|2 days|4[0-8] h( \d+ min)?) left\)$/)).toBeVisible();
  await axe.checkpoint(student, "quiz list with dates");
  await card.getByRole("button", { name: "Start quiz" }).click();
  await expect(student).toHaveURL(/\/attempts\/[^/]+$/);

  // ── The navigation panel: answered, flagged, current; any question opens from it.
  const nav = student.getByRole("navigation", { name: "Questions" });
  await expect(nav.getByRole("button", { name: "Question 1, not answered" })).toHaveAttribute("aria-current", "step");
  await expect(student.getByText("1 mark", { exact: true })).toBeVisible();
  await answerShownQuestion(student);
  await expect(nav.getByRole("button", { name: "Question 1, answered" })).toBeVisible();
  await student.getByRole("button", { name: "Next question →" }).click();
  await expect(student.getByText("2 marks", { exact: true })).toBeVisible();
  await student.getByRole("button", { name: "Flag for later" }).click();
  await expect(nav.getByRole("button", { name: "Question 2, not answered, flagged" })).toHaveAttribute("aria-current", "step");
  await nav.getByRole("button", { name: "Question 3, not answered" }).click();
  await expect(student.getByText("Question 3 of 3 ·")).toBeVisible();
  await expect(nav.getByRole("button", { name: "Question 3, not answered" })).toHaveAttribute("aria-current", "step");
  await axe.checkpoint(student, "attempt with navigation");
  await answerShownQuestion(student);
  await nav.getByRole("button", { name: "Question 2, not answered, flagged" }).click();
  await expect(student.getByText("Question 2 of 3 ·")).toBeVisible();

  // ── The summary names the unanswered flagged question; the review shows marks and the pass mark.
  await student.getByRole("button", { name: "Finish attempt…" }).click();
  await expect(student.getByText("2 of 3 questions answered · 1 flagged")).toBeVisible();
  await student.getByRole("button", { name: "Return to attempt" }).click();
  await submitAllAndFinish(student);
  await expect(student.locator("p", { hasText: /^\d+(\.\d+)? \/ 5 marks \(/ })).toBeVisible();
  await expect(student.getByText("Pass mark 50 %.")).toBeVisible();
  await expect(student.getByText(/^(Passed|Not passed)$/)).toBeVisible();
  await axe.checkpoint(student, "review with marks");

  // ── The quiz list grades by the last attempt.
  await student.goto("/quizzes");
  await expect(card.getByText(/Your grade: \d+(\.\d)? %/)).toBeVisible();
  await expect(card.getByText("(last attempt)")).toBeVisible();

  // ── Duplicating makes an unpublished copy to edit.
  await page.getByRole("button", { name: "Duplicate" }).click();
  await expect(page).toHaveURL(/\?copied=1$/);
  await expect(page.getByRole("heading", { name: `Copy of ${title}` })).toBeVisible();
  await expect(page.getByText("Status: not published")).toBeVisible();
  await expect(page.locator("#item-0-template")).toHaveValue("swa-window-scores");
  await student.context().close();
});
