import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures";
import { ADMIN, answerAndFinishQuiz, createTeamWithInvite, publishQuizToTeam, signIn, signUp, uniqueEmail, uniqueName } from "./helpers";

test("an admin reads a team's quiz results and item analysis, and downloads them as CSV", async ({ page, browser }) => {
  const team = uniqueName("Results crew");
  const quiz = uniqueName("Results check-in");
  await signIn(page, ADMIN.email, ADMIN.password);
  const { teamUrl, link } = await createTeamWithInvite(page, team);

  await publishQuizToTeam(page, quiz, team);

  // A member joins and takes the quiz.
  const context = await browser.newContext();
  const member = await context.newPage();
  await signUp(member, { name: "Rita Results", email: uniqueEmail("rita"), password: "member password 1" });
  await member.goto(link);
  await member.getByRole("button", { name: `Join ${team}` }).click();
  await expect(member.getByRole("heading", { name: team })).toBeVisible();
  // Members don't get the lead's reports.
  await expect(member.getByRole("link", { name: "Quiz results" })).toHaveCount(0);
  expect((await member.goto(`${teamUrl}/quizzes`))?.status()).toBe(403);
  await member.goto("/quizzes");
  // Other journeys may have published quizzes to everyone: start this one.
  await member.getByRole("listitem").filter({ has: member.getByRole("heading", { name: quiz }) }).getByRole("button", { name: "Start quiz" }).click();
  await expect(member).toHaveURL(/\/attempts\//);
  await answerAndFinishQuiz(member, 3);
  await expect(member).toHaveURL(/\/review$/);

  // The admin goes Team → Quiz results → the quiz.
  await page.goto(teamUrl);
  await page.getByRole("link", { name: "Quiz results" }).click();
  await expect(page.getByRole("heading", { name: "Quiz results" })).toBeVisible();
  await page.getByRole("link", { name: quiz }).click();
  await expect(page.getByRole("heading", { name: quiz })).toBeVisible();

  const results = page.getByRole("table").first();
  await expect(results.getByRole("rowheader", { name: "Rita Results" })).toBeVisible();
  // Grade (highest attempt), time, attempts, last attempt: no pass mark, so no pass column.
  await expect(results.getByRole("columnheader", { name: "Grade (highest attempt)" })).toBeVisible();
  await expect(results.getByRole("row", { name: /Rita Results/ }).getByRole("cell").nth(0)).toHaveText(/^\d+(\.\d)? % \(\d+(\.\d+)?\/3 marks\)$/);
  await expect(results.getByRole("row", { name: /Rita Results/ }).getByRole("cell").nth(2)).toHaveText("1");
  await expect(page.getByRole("main").getByText("@example.test")).toHaveCount(0);

  const analysis = page.getByRole("table").nth(1);
  await expect(analysis.getByRole("columnheader", { name: "Facility" })).toBeVisible();
  await expect(analysis.getByRole("columnheader", { name: "Discrimination" })).toBeVisible();
  // Three questions, each answered once; one answer is too few for a correlation.
  await expect(analysis.locator("tbody tr")).toHaveCount(3);
  await expect(analysis.locator("tbody tr").first().getByRole("cell").nth(0)).toHaveText("1");
  await expect(analysis.locator("tbody tr").first().getByRole("cell").nth(2)).toHaveText("—");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toBe(`${quiz.replaceAll(" ", "-")}-results.csv`);
  const csv = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
  const [header, row, ...rest] = csv.split("\r\n");
  expect(header).toBe("Member,Grade % (highest attempt),Marks earned,Marks available,Passed,Graded attempt time (s),Attempts,Last attempt");
  // Marks may be fractional: matching and multiple-answer questions give partial credit.
  expect(row).toMatch(/^Rita Results,\d+(\.\d)?,\d+(\.\d+)?,3,,\d+,1,\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  expect(rest).toEqual([""]);

  // The member can't download it either.
  const denied = await member.request.get(`${new URL(download.url()).pathname}`);
  expect(denied.status()).toBe(403);
  expect(await denied.json()).toEqual({ error: "Only the team's leads and administrators can do this." });
  await context.close();
});
