import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "./fixtures";
import { ADMIN, createTeamWithInvite, giveSomeAnswer, shownAnswerInput, signIn, signUp, uniqueEmail, uniqueName } from "./helpers";

/** Gives some answer to the question on screen, whatever its kind. */
async function answerSomehow(page: Page): Promise<void> {
  await expect(shownAnswerInput(page)).toBeVisible();
  await giveSomeAnswer(page);
}

test("a lead opens the team's progress, filters the period and downloads it as CSV; a member sees only the team's figures", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const teamName = uniqueName("Retrieval guild");
  await signIn(page, ADMIN.email, ADMIN.password);
  const { teamUrl, link } = await createTeamWithInvite(page, teamName);

  // A student joins and answers one question of a topic quiz.
  const context = await browser.newContext();
  const student = await context.newPage();
  await signUp(student, { name: "Rhea Retriever", email: uniqueEmail("rhea"), password: "student password 1" });
  await student.goto(link);
  await student.getByRole("button", { name: `Join ${teamName}` }).click();
  await expect(student.getByRole("heading", { name: teamName })).toBeVisible();
  await student.goto("/topics/rope");
  await student.getByRole("button", { name: "Start a topic quiz" }).click();
  await expect(student).toHaveURL(/\/attempts\//);
  await answerSomehow(student);
  await student.getByRole("button", { name: "Submit answer" }).click();
  await expect(student.getByRole("status").filter({ hasText: /Correct|Partly correct|Not quite/ })).toBeVisible();

  // The admin (the team's lead) opens Progress from the team page.
  await page.goto(teamUrl);
  await page.getByRole("main").getByRole("link", { name: "Team progress" }).click();
  await expect(page.getByRole("heading", { name: `Progress · ${teamName}` })).toBeVisible();
  const grid = page.getByRole("table", { name: /Mastery per member and topic/ });
  const row = grid.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Rhea Retriever" }) });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell").first()).toHaveText(/\d+ %/);
  await expect(grid.getByRole("rowheader", { name: "Team average" })).toBeVisible();
  await expect(page.getByRole("main").getByText("@example.test")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Last 30 days" })).toHaveAttribute("aria-current", "true");

  // Last 7 days: the URL, the inputs and the highlighted quick link follow.
  await page.getByRole("link", { name: "Last 7 days" }).click();
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  const url = new URL(page.url());
  const from = url.searchParams.get("from")!;
  const to = url.searchParams.get("to")!;
  expect((Date.parse(to) - Date.parse(from)) / 86_400_000).toBe(6);
  await expect(page.getByRole("link", { name: "Last 7 days" })).toHaveAttribute("aria-current", "true");
  await expect(page.getByLabel("From", { exact: true })).toHaveValue(from);
  await expect(page.getByRole("link", { name: "Download CSV" })).toHaveAttribute("href", new RegExp(`from=${from}&to=${to}$`));

  // A reversed period is explained beside the field.
  await page.getByLabel("From", { exact: true }).fill(to);
  await page.getByLabel("To", { exact: true }).fill(from);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("The start date must be on or before the end date.")).toBeVisible();
  await page.getByRole("link", { name: "Last 7 days" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "start date" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Download CSV" })).toHaveAttribute("href", new RegExp(`from=${from}&to=${to}$`));

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${teamName.toLowerCase().replaceAll(" ", "-")}-progress-${from}-${to}.csv`);
  const csv = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
  const [header, ...rows] = csv.trimEnd().split("\r\n");
  expect(header).toMatch(/^Member,.*RoPE.* mastery %,.*Overall mastery %,Overdue cards,Oldest overdue \(days\),Retention %$/);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatch(/^Rhea Retriever,[\d.]+,/);
  expect(csv).not.toContain("@example.test");

  // The export answers refusals and bad input with a status and a reason.
  const csvUrl = `${teamUrl.replace(/\/teams\//, "/api/teams/")}/progress.csv`;
  const reversed = await page.request.get(`${csvUrl}?from=${to}&to=${from}`);
  expect(reversed.status()).toBe(400);
  expect(await reversed.json()).toEqual({ error: "The start date must be on or before the end date." });
  expect((await page.request.get(csvUrl.replace(/teams\/[^/]+/, "teams/no-such-team"))).status()).toBe(404);
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(csvUrl)).status()).toBe(401);
  await anonymous.close();

  // The member sees the team's averages, not anyone's row, and may not download the export.
  await student.goto(`${teamUrl}/progress`);
  await expect(student.getByRole("heading", { name: `Progress · ${teamName}` })).toBeVisible();
  await expect(student.getByRole("heading", { name: "Team average per topic" })).toBeVisible();
  await expect(student.getByRole("link", { name: "See your own progress →" })).toHaveAttribute("href", "/progress");
  await expect(student.getByRole("rowheader", { name: "Rhea Retriever" })).toHaveCount(0);
  await expect(student.getByRole("link", { name: "Download CSV" })).toHaveCount(0);
  const refused = await student.request.get(csvUrl);
  expect(refused.status()).toBe(403);
  await context.close();
});
