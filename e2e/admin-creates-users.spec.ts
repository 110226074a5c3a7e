import { expect, test } from "./fixtures";
import { ADMIN, signIn, uniqueEmail } from "./helpers";

test("an admin creates an account and a CSV of accounts; each owner chooses a password through a one-time link", async ({ page, browser, axe }) => {
  test.setTimeout(90_000);
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin/users");

  // One person: the link is shown once, with its expiry.
  const email = uniqueEmail("olu");
  await page.getByLabel("Name", { exact: true }).fill("Olu Owner");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Create user" }).click();
  const linkField = page.getByLabel(`Password link for ${email}: copy it now and send it to them; it won't be shown again`);
  await expect(linkField).toHaveValue(/\/welcome\/[\w-]{40,}$/);
  const link = await linkField.inputValue();
  // The same email again is refused on the field.
  await page.getByLabel("Name", { exact: true }).fill("Olu Again");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByText("An account with this email already exists.")).toBeVisible();
  await axe.checkpoint(page, "create user refused");

  // A CSV with problems creates nobody and names each line.
  const csvInput = page.getByLabel("CSV file");
  const bad = `name,email,role\nAna,${uniqueEmail("ana")},\n,nobody@example.test,\nCy,not-an-email,\nDee,${email},teacher\n`;
  await csvInput.setInputFiles({ name: "people.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  await page.getByRole("button", { name: "Upload and create" }).click();
  const report = page.getByRole("alert").filter({ hasText: "nobody was created" });
  await expect(report).toContainText("Line 3: Enter a name.");
  await expect(report).toContainText("Line 4: “not-an-email” isn't a valid email address.");
  await expect(report).toContainText('Line 5: The role "teacher" is neither student nor admin.');
  await axe.checkpoint(page, "CSV refused");
  // Fixed, it creates everyone, and the links download as a CSV.
  const good = `name,email\nAna A,${uniqueEmail("ana")}\nBen B,${uniqueEmail("ben")}\n`;
  await csvInput.setInputFiles({ name: "people.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
  await page.getByRole("button", { name: "Upload and create" }).click();
  await expect(page.getByText("2 accounts created.")).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download the links (CSV)" }).click();
  expect((await download).suggestedFilename()).toBe("password-links.csv");

  // The owner opens the link, chooses a password and is signed in; the link then stops working.
  const owner = await (await browser.newContext()).newPage();
  const response = await owner.goto(link);
  // The token is in the path: no page gets it as a Referer, not even this site's.
  expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
  await expect(owner.getByRole("heading", { name: "Welcome to Quizformer, Olu" })).toBeVisible();
  await owner.getByLabel("Password", { exact: true }).fill("olu's own password");
  await owner.getByLabel("Repeat password").fill("olu's own password");
  await owner.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(owner).toHaveURL(/\/dashboard$/);
  await expect(owner.getByRole("heading", { name: "Hello, Olu" })).toBeVisible();
  await owner.goto(link);
  await expect(owner.getByRole("heading", { name: "This link doesn't work" })).toBeVisible();
  await expect(owner.getByText("it was already used")).toBeVisible();
});
