import { expect, test } from "@playwright/test";
import { ADMIN, signIn, signUp, uniqueEmail } from "./helpers";

test("an admin publishes a quiz to a team and a member takes it with deferred feedback", async ({ page, browser }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/teams");
  await page.getByLabel("Team name").fill("Quantization club");
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByRole("heading", { name: "Quantization club" })).toBeVisible();
  await page.getByRole("button", { name: "Create invite link" }).click();
  const link = await page.getByLabel(/Invite link/).inputValue();

  await page.goto("/admin/quizzes/new");
  await page.getByLabel("Title").fill("Quantization check-in");
  await page.getByLabel("Topic", { exact: true }).selectOption("quantization");
  await page.getByLabel("Feedback").selectOption("DEFERRED");
  await page.getByLabel("Random questions").fill("3");
  await page.getByLabel("from topic").selectOption("quantization");
  await page.getByRole("button", { name: "Save quiz" }).click();
  await expect(page).toHaveURL(/\/admin\/quizzes\/(?!new)/);
  await page.getByLabel("Only these teams:").check();
  await page.getByLabel("Quantization club").check();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published to the chosen teams.")).toBeVisible();

  const context = await browser.newContext();
  const member = await context.newPage();
  await signUp(member, { name: "Mo Member", email: uniqueEmail("mo"), password: "member password 1" });
  await member.goto("/quizzes");
  await expect(member.getByText("Quantization check-in")).toHaveCount(0);
  await member.goto(link);
  await member.getByRole("button", { name: "Join Quantization club" }).click();
  await expect(member.getByRole("heading", { name: "Quantization club" })).toBeVisible();
  await member.goto("/quizzes");
  await expect(member.getByRole("heading", { name: "Quantization check-in" })).toBeVisible();
  await member.getByRole("button", { name: "Start quiz" }).click();
  await expect(member).toHaveURL(/\/attempts\//);
  for (let i = 0; i < 3; i++) {
    const text = member.getByLabel(/^Your answer/);
    if (await text.count()) await text.fill("1");
    else if (await member.getByRole("radio").count()) await member.keyboard.press("1");
    await member.getByRole("button", { name: "Save answer" }).click();
    await expect(member.getByText("Answer saved.")).toBeVisible();
    await expect(member.getByText(/^(Correct|Not quite)$/)).toHaveCount(0);
    await member.getByRole("button", { name: i < 2 ? "Next question →" : "Finish quiz" }).click();
  }
  await expect(member).toHaveURL(/\/review$/);
  await expect(member.getByText("Worked steps").first()).toBeVisible();
  await context.close();
});
