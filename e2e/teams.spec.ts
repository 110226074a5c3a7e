import { expect, test } from "./fixtures";
import { ADMIN, fillSignUp, signIn, signOut, signUp, uniqueEmail } from "./helpers";

test("an admin creates a team and invites a student, who joins by the link", async ({ page, browser }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/teams");
  await page.getByLabel("Team name").fill("Inference guild");
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByRole("heading", { name: "Inference guild" })).toBeVisible();
  const teamUrl = page.url();

  await page.getByRole("button", { name: "Create invite link" }).click();
  const link = await page.getByLabel(/Invite link/).inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByText(/Joins as member · expires/)).toBeVisible();

  // The invitee, in a separate browser context (their own cookies).
  const other = await browser.newContext();
  const invitee = await other.newPage();
  await invitee.goto(link);
  await expect(invitee).toHaveURL(/\/signin\?callbackUrl=%2Finvite%2F/);
  // New here: the sign-up page carries the invite along, and the new account lands back on it.
  await invitee.getByRole("link", { name: "Create an account" }).click();
  await expect(invitee).toHaveURL(/\/signup\?callbackUrl=%2Finvite%2F/);
  await fillSignUp(invitee, { name: "Ivy Invitee", email: uniqueEmail("ivy"), password: "invitee password" });
  await expect(invitee).toHaveURL(link);
  await expect(invitee.getByText("You're invited to join")).toBeVisible();
  await invitee.getByRole("button", { name: "Join Inference guild" }).click();
  await expect(invitee.getByRole("heading", { name: "Inference guild" })).toBeVisible();
  await expect(invitee.getByRole("main").getByText("Ivy Invitee")).toBeVisible();
  // A member sees no invite controls and no emails.
  await expect(invitee.getByRole("button", { name: "Create invite link" })).toHaveCount(0);
  await expect(invitee.getByRole("main").getByText("@example.test")).toHaveCount(0);

  // A student outside the team gets a 403 on its page.
  const outsiderContext = await browser.newContext();
  const outsider = await outsiderContext.newPage();
  await signUp(outsider, { name: "Otto Outsider", email: uniqueEmail("otto"), password: "outsider password" });
  const response = await outsider.goto(teamUrl);
  expect(response?.status()).toBe(403);
  await outsiderContext.close();

  // The admin sees the new member and removes them.
  await page.reload();
  await expect(page.getByRole("main").getByText("Ivy Invitee")).toBeVisible();
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Remove Ivy Invitee" }).click();
  await expect(page.getByRole("main").getByText("Ivy Invitee")).toHaveCount(0);

  await invitee.goto(teamUrl);
  await expect(invitee.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
  // The removal sticks: the old link says why it no longer works, and offers no way in.
  await invitee.goto(link);
  await expect(invitee.getByText(/You were removed from Inference guild on .*Ask a team lead for a new invite link\./)).toBeVisible();
  await expect(invitee.getByRole("button", { name: "Join Inference guild" })).toHaveCount(0);
  await other.close();
  await signOut(page);
});
