import { expect, type Page } from "@playwright/test";

/** The admin created by the first-run journey; the other journeys sign in with it. */
export const ADMIN = { name: "Ada Admin", email: "ada.admin@example.test", password: "admin password 123" };

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
}

/** A name no earlier run (or a retry on the same database) has used: "Results crew k3x9". */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Math.random().toString(36).slice(2, 6)}`;
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/signin/);
}

export async function signUp(page: Page, user: { name: string; email: string; password: string }): Promise<void> {
  await page.goto("/signup");
  await fillSignUp(page, user);
  await expect(page).toHaveURL(/\/dashboard$/);
}

/** Fills and sends the sign-up form on the page already open. */
export async function fillSignUp(page: Page, user: { name: string; email: string; password: string }): Promise<void> {
  await page.getByLabel("Name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByLabel("Repeat password").fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
}

/** As a signed-in admin or lead: creates a team and an invite link to it. */
export async function createTeamWithInvite(page: Page, name: string): Promise<{ teamUrl: string; link: string }> {
  await page.goto("/teams");
  await page.getByLabel("Team name").fill(name);
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  const teamUrl = page.url();
  await page.getByRole("button", { name: "Create invite link" }).click();
  const link = await page.getByLabel(/Invite link/).inputValue();
  return { teamUrl, link };
}

/** As the admin: a quantization quiz of 3 random questions with deferred feedback, published to one team. */
export async function publishQuizToTeam(page: Page, title: string, team: string): Promise<void> {
  await page.goto("/admin/quizzes/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Topic", { exact: true }).selectOption("quantization");
  await page.getByLabel("Feedback").selectOption("DEFERRED");
  await page.getByLabel("Random questions").fill("3");
  await page.getByLabel("from topic").selectOption("quantization");
  await page.getByRole("button", { name: "Save quiz" }).click();
  await expect(page).toHaveURL(/\/admin\/quizzes\/(?!new)/);
  await page.getByLabel("Only these teams:").check();
  await page.getByLabel(team).check();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published to the chosen teams.")).toBeVisible();
}

/**
 * Answers each question of the open attempt with "1" (or the first choice), saving it, and
 * finishes the quiz; `afterSave` checks what the page shows once each answer is saved.
 */
export async function answerAndFinishQuiz(page: Page, questions: number, afterSave?: () => Promise<void>): Promise<void> {
  for (let i = 0; i < questions; i++) {
    // Wait for this question (not the last one's leftovers) before asking which kind it is.
    await expect(page.getByText(`Question ${i + 1} of ${questions} ·`)).toBeVisible();
    await expect(shownAnswerInput(page)).toBeVisible();
    await giveSomeAnswer(page, "keys");
    await page.getByRole("button", { name: "Save answer" }).click();
    await expect(page.getByText("Answer saved.")).toBeVisible();
    await afterSave?.();
    if (i < questions - 1) await page.getByRole("button", { name: "Next question →" }).click();
  }
  await submitAllAndFinish(page);
}

/**
 * Hands in the open attempt the way a student does: "Finish attempt…" opens the summary,
 * "Submit all and finish" asks to confirm, and confirming opens the attempt's review.
 */
export async function submitAllAndFinish(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Finish attempt…" }).click();
  await expect(page.getByRole("heading", { name: "Summary of your attempt" })).toBeFocused();
  await page.getByRole("button", { name: "Submit all and finish" }).click();
  await page.getByRole("dialog", { name: "Submit all and finish?" }).getByRole("button", { name: "Submit all and finish" }).click();
  await expect(page).toHaveURL(/\/attempts\/[^/]+\/review$/);
}

/** Starts a topic quiz of `questions` questions from the topic's page; returns the attempt's URL. */
export async function startTopicQuiz(page: Page, topic: string, questions?: number): Promise<string> {
  await page.goto(`/topics/${topic}`);
  if (questions) await page.getByLabel("Questions", { exact: true }).selectOption(String(questions));
  await page.getByRole("button", { name: "Start a topic quiz" }).click();
  await expect(page).toHaveURL(/\/attempts\/[^/]+$/);
  return page.url();
}

/** The question's answer input, whatever its kind: a text field, choices (one or several), pairs to match, or a list to put in order. */
export function shownAnswerInput(page: Page) {
  return page
    .getByLabel(/^Your answer/)
    .or(page.getByRole("radio").first())
    .or(page.getByRole("checkbox").first())
    .or(page.getByRole("group", { name: "Match each item to its answer" }))
    .or(page.getByRole("list", { name: "Put these in order" }))
    .first();
}

/**
 * Gives the question on screen some answer: "1" typed, the first choice (by its number key, or
 * clicked), the first choice ticked, the first answer picked for every pair; an ordering is sent
 * as shown.
 */
export async function giveSomeAnswer(page: Page, choose: "keys" | "click" = "click"): Promise<void> {
  const text = page.getByLabel(/^Your answer/);
  if (await text.count()) return text.fill("1");
  if (await page.getByRole("radio").count()) return choose === "keys" ? page.keyboard.press("1") : page.getByRole("radio").first().check();
  if (await page.getByRole("checkbox").count()) return page.getByRole("checkbox").first().check();
  const pairs = page.getByRole("group", { name: "Match each item to its answer" }).getByRole("combobox");
  for (let i = 0; i < (await pairs.count()); i++) await pairs.nth(i).selectOption({ index: 1 });
}

/** Submits some answer to the question on screen ("1", the first choice, or the order shown) and waits for the feedback. */
export async function answerShownQuestion(page: Page): Promise<void> {
  // Wait for the question itself before asking which kind it is.
  await expect(shownAnswerInput(page)).toBeVisible();
  await giveSomeAnswer(page);
  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Correct|Partly correct|Not quite/ })).toBeVisible();
}
