import { expect, test } from "./fixtures";
import { giveSomeAnswer, shownAnswerInput, signUp, submitAllAndFinish, uniqueEmail } from "./helpers";

test("a member answers a quiz question and reviews a card, then sees both on their progress page", async ({ page }) => {
  await signUp(page, { name: "Pia Progress", email: uniqueEmail("pia"), password: "progress password" });

  // One answered question of a RoPE topic quiz, then finish early.
  await page.goto("/topics/rope");
  await page.getByRole("button", { name: "Start a topic quiz" }).click();
  await expect(page).toHaveURL(/\/attempts\//);
  await expect(shownAnswerInput(page)).toBeVisible();
  await giveSomeAnswer(page, "keys");
  await page.getByRole("button", { name: "Submit answer" }).click();
  const status = page.getByRole("status").filter({ hasText: /Correct|Partly correct|Not quite/ });
  await expect(status).toBeVisible();
  const correct = /Correct/.test(await status.innerText()) && !/Not quite/.test(await status.innerText());
  await submitAllAndFinish(page);

  // One flashcard review.
  await page.goto("/flashcards");
  await page.getByRole("button", { name: "Add the Rotary position embeddings (RoPE) deck" }).click();
  await expect(page.getByRole("region", { name: "Card" })).toBeVisible();
  await page.getByRole("button", { name: /^Show answer/ }).click();
  await page.getByRole("button", { name: /^Good/ }).click();
  await expect(page.getByText("1 reviewed")).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
  await expect(page).toHaveURL(/\/progress$/);
  await expect(page.getByRole("heading", { name: "Your progress" })).toBeVisible();

  // Mastery of RoPE: one answered question, mastered when it was right.
  const mastery = page.getByRole("figure", { name: /mastery by topic/ });
  await expect(mastery).toHaveAccessibleName(new RegExp(`Rotary position embeddings \\(RoPE\\) ${correct ? "[1-9]\\d*" : "0"} %`));
  await mastery.getByText("Show as table").click();
  const rope = mastery.getByRole("row", { name: /Rotary position embeddings/ });
  await expect(rope.getByRole("cell")).toHaveText([correct ? /^[1-9]\d* %$/ : "0 %", correct ? "1" : "0", "1", /^\d+$/]);

  // The attempt in the history, with its score and review link.
  const history = page.getByRole("table", { name: "Finished quizzes, newest first" });
  const attempt = history.getByRole("row", { name: /Rotary position embeddings \(RoPE\) quiz/ });
  await expect(attempt).toContainText(`${correct ? 1 : 0} / 10`);
  await expect(attempt.getByRole("link", { name: /^Review/ })).toHaveAttribute("href", /\/attempts\/.+\/review$/);

  // The review is counted, and today is a study day.
  await expect(page.getByText("1 review in all")).toBeVisible();
  await expect(page.getByText("You studied today.")).toBeVisible();
});
