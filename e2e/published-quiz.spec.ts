import { expect, test } from "./fixtures";
import { ADMIN, answerAndFinishQuiz, createTeamWithInvite, publishQuizToTeam, signIn, signUp, uniqueEmail, uniqueName } from "./helpers";

test("an admin publishes a quiz to a team and a member takes it with deferred feedback", async ({ page, browser }) => {
  const team = uniqueName("Quantization club");
  const quiz = uniqueName("Quantization check-in");
  await signIn(page, ADMIN.email, ADMIN.password);
  const { link } = await createTeamWithInvite(page, team);

  await publishQuizToTeam(page, quiz, team);

  const context = await browser.newContext();
  const member = await context.newPage();
  await signUp(member, { name: "Mo Member", email: uniqueEmail("mo"), password: "member password 1" });
  await member.goto("/quizzes");
  await expect(member.getByText(quiz)).toHaveCount(0);
  await member.goto(link);
  await member.getByRole("button", { name: `Join ${team}` }).click();
  await expect(member.getByRole("heading", { name: team })).toBeVisible();
  await member.goto("/quizzes");
  await expect(member.getByRole("heading", { name: quiz })).toBeVisible();
  await member.getByRole("listitem").filter({ has: member.getByRole("heading", { name: quiz }) }).getByRole("button", { name: "Start quiz" }).click();
  await expect(member).toHaveURL(/\/attempts\//);
  // Deferred feedback: no verdict after any answer.
  await answerAndFinishQuiz(member, 3, () => expect(member.getByText(/^(Correct|Not quite)$/)).toHaveCount(0));
  await expect(member).toHaveURL(/\/review$/);
  await expect(member.getByText("Worked steps").first()).toBeVisible();
  await context.close();
});
