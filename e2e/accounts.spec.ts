import { expect, test } from "./fixtures";
import { signIn, signOut, signUp, uniqueEmail } from "./helpers";

test("a student signs up, signs out, fails and then succeeds to sign in", async ({ page }) => {
  const student = { name: "Sam Student", email: uniqueEmail("sam"), password: "student password 1" };

  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Learn the method, not a number." })).toBeVisible();
  await expect(page.getByText("Rotary position embeddings (RoPE)")).toBeVisible();

  await signUp(page, student);
  await expect(page.getByRole("heading", { name: "Hello, Sam" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Topic 1 Sliding-window attention/ })).toBeVisible();

  await signOut(page);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard/);

  await page.getByLabel("Email").fill(student.email);
  await page.getByLabel("Password").fill("not my password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();

  await page.getByLabel("Password").fill(student.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("sign-up rejects a duplicate email with a message on the field", async ({ page }) => {
  const email = uniqueEmail("dup");
  await signUp(page, { name: "First", email, password: "first password 1" });
  await signOut(page);
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Second");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("second password 2");
  await page.getByLabel("Repeat password").fill("second password 2");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("An account with this email already exists. Sign in instead?")).toBeVisible();
});

test("a student is refused every admin page, whatever URL they type", async ({ page }) => {
  await signUp(page, { name: "Curious Student", email: uniqueEmail("curious"), password: "student password 2" });
  await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
  for (const path of ["/admin", "/admin/users", "/admin/users?page=2"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
  }
});

test("a signed-in user changes their password and stays signed in", async ({ page }) => {
  const user = { name: "Pat", email: uniqueEmail("pat"), password: "old password 123" };
  await signUp(page, user);
  await page.goto("/account");
  await page.getByLabel("Current password").fill(user.password);
  await page.getByLabel("New password", { exact: true }).fill("new password 456");
  await page.getByLabel("Repeat new password").fill("new password 456");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed.")).toBeVisible();
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Hello, Pat" })).toBeVisible();
  await signOut(page);
  await signIn(page, user.email, "new password 456");
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("repeated wrong passwords slow that client down, with the wait shown", async ({ page }) => {
  const email = uniqueEmail("slowed");
  await signUp(page, { name: "Lou", email, password: "the real password" });
  await signOut(page);
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  // The form's message (Next's route announcer is an empty alert too).
  const alert = page.getByRole("main").getByRole("alert");
  // Five free tries, then waits of 1 s, 2 s, 4 s, 8 s …, each told to the user. Guess on, sitting
  // out each short wait, until the wait is long enough that the next try surely falls inside it.
  let wait = 0;
  for (let attempt = 1; attempt <= 20 && wait < 8; attempt++) {
    if (wait > 0) await page.waitForTimeout(wait * 1000);
    await page.getByLabel("Password").fill(`wrong guess ${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(alert).toHaveText(/^(Wrong email or password\.|Too many sign-in attempts\. Try again in \d+ s\.)$/);
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    wait = Number(/Try again in (\d+) s/.exec((await alert.textContent()) ?? "")?.[1] ?? 0);
  }
  expect(wait).toBeGreaterThanOrEqual(8);
  // Even the right password is refused now, with the seconds to wait, and nothing was checked.
  await page.getByLabel("Password").fill("the real password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(alert).toHaveText(/^Too many sign-in attempts\. Try again in \d+ s\.$/);
  await expect(page).toHaveURL(/\/signin/);
});
