import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { fillSignUp, signUp, uniqueEmail } from "./helpers";

// Raw query strings (already percent-encoded as a browser or attacker would send them).
const NASTY_QUERIES = [
  "%2F%09%2Fevil.example",
  "/%09/evil.example",
  "//evil.example",
  "/%5Cevil.example",
  "%2F%5Cevil.example",
  "https://evil.example/",
  "javascript:alert(1)",
  "%2F%252F%252Fevil.example",
  "/%0D%0ASet-Cookie:%20pwned=1",
  "/ok%0D%0ALocation:%20https://evil.example",
  "%0A%2Fevil.example",
  "/%E3%80%80/evil.example",
];

/** GETs /signin?callbackUrl=… without following redirects and returns status and Location. */
async function signinRedirect(request: APIRequestContext, rawQuery: string): Promise<{ status: number; location: string | undefined }> {
  const response = await request.get(`/signin?callbackUrl=${rawQuery}`, { maxRedirects: 0 });
  return { status: response.status(), location: response.headers()["location"] };
}

test("a signed-in user sent to /signin with a hostile callbackUrl stays on the site", async ({ page, baseURL }) => {
  await signUp(page, { name: "Redirect Tester", email: uniqueEmail("redirect"), password: "redirect tester 1" });
  const origin = new URL(baseURL!).origin;

  for (const query of NASTY_QUERIES) {
    const { status, location } = await signinRedirect(page.request, query);
    expect(status, query).toBeLessThan(500);
    expect([303, 307, 308], query).toContain(status);
    expect(location, query).toBeDefined();
    // Whatever the header says, a browser must resolve it to this origin, with no second slash
    // or backslash that some browsers read as another host.
    expect(new URL(location!, origin).origin, query).toBe(origin);
    expect(location!, query).not.toMatch(/[\u0000-\u001f\\]/);
    expect(location!.replace(/^https?:\/\/[^/]+/, ""), query).toMatch(/^\/(?![/\\])/);
  }

  // A real same-site destination is kept, query and all.
  const kept = await signinRedirect(page.request, encodeURIComponent("/topics?x=1"));
  expect(new URL(kept.location!, origin).pathname + new URL(kept.location!, origin).search).toBe("/topics?x=1");
});

test("a signed-out visitor gets the sign-in and sign-up pages, never a 500, whatever the callbackUrl", async ({ request }) => {
  for (const page of ["/signin", "/signup"]) {
    for (const query of NASTY_QUERIES) {
      const response = await request.get(`${page}?callbackUrl=${query}`, { maxRedirects: 0 });
      expect(response.status(), `${page} ${query}`).toBe(200);
      // The link to the other page carries a target only when it is a path on this site.
      for (const [, target = ""] of (await response.text()).matchAll(/href="\/sign(?:up|in)\?callbackUrl=([^"]*)"/g)) {
        const decoded = decodeURIComponent(target.replaceAll("&amp;", "&"));
        expect(new URL(decoded, "http://site.example").origin, `${page} ${query}`).toBe("http://site.example");
        expect(decoded, `${page} ${query}`).toMatch(/^\/(?![/\\])/);
      }
    }
  }
});

test("after signing up through the form, a hostile callbackUrl lands on the dashboard", async ({ page }) => {
  await page.goto(`/signup?callbackUrl=${NASTY_QUERIES[0]}`);
  await fillSignUp(page, { name: "Signup Redirect", email: uniqueEmail("signup-redirect"), password: "signup redirect 1" });
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("after signing in through the form, a hostile callbackUrl lands on the dashboard", async ({ page, baseURL }) => {
  const user = { name: "Form Tester", email: uniqueEmail("form-redirect"), password: "form tester pass 1" };
  await signUp(page, user);
  await page.context().clearCookies();
  await page.goto(`/signin?callbackUrl=${NASTY_QUERIES[0]}`);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
});
