import { expect, test } from "./fixtures";
import { answerShownQuestion, signUp, startTopicQuiz, uniqueEmail } from "./helpers";

test("the dashboard knows the person: where to start, then the cards due and the quiz to resume", async ({ page }) => {
  test.setTimeout(90_000);
  await signUp(page, { name: "Dana Daily", email: uniqueEmail("dana"), password: "dashboard daily 9" });
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Hello, Dana" })).toBeVisible();
  // Empty states say what to do first.
  const cards = page.getByRole("region", { name: "Flashcards today" });
  await expect(cards).toContainText("You haven't added a deck yet.");
  await expect(page.getByRole("region", { name: "Quizzes" })).toContainText("No quiz in progress.");
  await expect(page.getByRole("region", { name: "Streak" })).toContainText("Study today to start one.");
  await expect(page.getByText("Start with Sliding-window attention.")).toBeVisible();

  // Add a deck and leave a topic quiz half done.
  await page.goto("/flashcards");
  await page.getByRole("button", { name: "Add the Rotary position embeddings (RoPE) deck" }).click();
  await expect(page.getByRole("region", { name: "Card" })).toBeVisible();
  const attemptUrl = await startTopicQuiz(page, "rope", 5);
  await answerShownQuestion(page);

  await page.goto("/dashboard");
  await expect(page.getByText(/^Today: \d+ flashcards to study, 1 quiz to finish/)).toBeVisible();
  await expect(cards).toContainText(/\d+ new cards?/);
  await expect(cards).toContainText("to learn");
  await expect(cards.getByRole("link", { name: "Study now" })).toHaveAttribute("href", "/flashcards");
  const open = page.getByRole("region", { name: "Unfinished quiz" });
  await expect(open).toContainText("Rotary position embeddings (RoPE) quiz");
  await expect(open).toContainText("1 of 5 questions answered");
  await expect(page.getByRole("region", { name: "Streak" })).toContainText("1 day");
  await expect(page.getByText(/Weakest topic: Rotary position embeddings \(RoPE\)/)).toBeVisible();
  await open.getByRole("link", { name: "Resume" }).click();
  await expect(page).toHaveURL(attemptUrl);
  await expect(page.getByText("Question 2 of 5")).toBeVisible();
});
