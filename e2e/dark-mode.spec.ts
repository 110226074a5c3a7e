import { expect, test } from "./fixtures";
import { answerShownQuestion, signUp, startTopicQuiz, submitAllAndFinish, uniqueEmail } from "./helpers";

// Every page this journey opens is scanned by axe (as in every journey), here in the dark theme.
test.use({ colorScheme: "dark" });

test("with the system in dark mode the pages turn dark and keep their contrast", async ({ page, axe }) => {
  test.setTimeout(120_000);
  await signUp(page, { name: "Nox Night", email: uniqueEmail("nox"), password: "dark mode pages" });
  await page.goto("/dashboard");
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe("rgb(2, 6, 23)");

  await page.goto("/flashcards");
  await page.getByRole("button", { name: "Add the Quantization deck" }).click();
  await expect(page.getByRole("region", { name: "Card" })).toBeVisible();
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: /^Good/ })).toBeEnabled();
  await axe.checkpoint(page, "card answer, dark");

  await startTopicQuiz(page, "quantization");
  await answerShownQuestion(page);
  await axe.checkpoint(page, "answer feedback, dark");
  await submitAllAndFinish(page);
  for (const path of ["/progress", "/flashcards/stats", "/quizzes", "/teams", "/account"]) await page.goto(path);
});
