import { expect, test } from "./fixtures";
import { ADMIN, signIn, signUp, uniqueEmail } from "./helpers";
import { mailCount, waitForMail } from "./mail";

test("a student who forgot their password gets a link by mail, chooses a new one, and every old session ends", async ({ page, browser, axe }) => {
  const zoe = { name: "Zoe Forgetful", email: uniqueEmail("zoe"), password: "the old password 1" };
  await signUp(page, zoe);

  // Another browser, signed out: from the sign-in page to the request, by keyboard.
  const other = await browser.newContext();
  const tab = await other.newPage();
  await tab.goto("/signin");
  await tab.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(tab.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await tab.getByLabel("Email").fill(zoe.email);
  await tab.getByLabel("Email").press("Enter");
  const answer = tab.getByRole("status").filter({ hasText: "a link to choose a new password is on its way" });
  await expect(answer).toBeFocused();
  await axe.checkpoint(tab, "reset requested");

  // An address without an account gets the very same answer, and no mail.
  const stranger = uniqueEmail("nobody");
  await tab.goto("/forgot-password");
  await tab.getByLabel("Email").fill(stranger);
  await tab.getByRole("button", { name: "Send reset link" }).click();
  await expect(tab.getByRole("status")).toContainText(`If an account uses ${stranger}`);

  const mail = await waitForMail(zoe.email);
  expect(mail.subject).toBe("Reset your Quizformer password");
  expect(mail.from).toContain("quiz@example.test");
  const link = /http:\/\/\S+\/reset-password\/\S+/.exec(mail.text)?.[0];
  expect(link).toBeTruthy();
  const response = await tab.goto(link!);
  expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
  await expect(tab.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await axe.checkpoint(tab, "reset link opened");
  await tab.getByLabel("Password", { exact: true }).fill("a brand new password 2");
  await tab.getByLabel("Repeat password").fill("a brand new password 2");
  await tab.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(tab).toHaveURL(/\/dashboard$/);
  expect(await mailCount(stranger)).toBe(0);

  // The first browser's session ended with the reset.
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard/);
  // The link worked once.
  await tab.goto(link!);
  await expect(tab.getByRole("heading", { name: "This link doesn't work" })).toBeVisible();
  await expect(tab.getByRole("link", { name: "Get a new reset link" })).toBeVisible();
  await other.close();
});

test("an administrator gives a student a reset link; it replaces the password and signs the student out", async ({ page, browser, axe }) => {
  const sam = { name: "Sam Locked", email: uniqueEmail("sam"), password: "sam's old password" };
  const student = await browser.newContext();
  const studentPage = await student.newPage();
  await signUp(studentPage, sam);

  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto(`/admin/users?q=${encodeURIComponent(sam.email)}`);
  await page.getByRole("button", { name: "Password reset link" }).click();
  const field = page.getByLabel(`Reset link for ${sam.email}: copy it now and send it to them; it won't be shown again`);
  await expect(field).toHaveValue(/\/reset-password\/[\w-]{40,}$/);
  await axe.checkpoint(page, "reset link issued");
  const link = await field.inputValue();
  await page.reload();
  await expect(page.getByText(/reset link open until/)).toBeVisible();

  const fresh = await browser.newContext();
  const owner = await fresh.newPage();
  await owner.goto(link);
  await owner.getByLabel("Password", { exact: true }).fill("sam's new password");
  await owner.getByLabel("Repeat password").fill("sam's new password");
  await owner.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(owner).toHaveURL(/\/dashboard$/);

  expect((await student.request.get("/api/reviews")).status()).toBe(401);
  await student.close();
  await fresh.close();
});
