import { test } from "./fixtures";

// The guards themselves: a journey that meets a violation must fail. Each test below is
// expected to fail (`test.fail`); Playwright reports it as an error if it ever passes.

const INACCESSIBLE = `<!doctype html><html lang="en"><head><title>Probe</title></head><body><main><h1>Probe</h1><img src="/favicon.ico"><input></main></body></html>`;

test("the accessibility guard fails a journey that loads a page with a violation", async ({ page }) => {
  test.fail();
  await page.route("**/accessibility-probe", (route) => route.fulfill({ contentType: "text/html", body: INACCESSIBLE }));
  await page.goto("/accessibility-probe");
  await page.goto("/signin");
});

test("the accessibility guard fails a journey whose marked state has a violation", async ({ page, axe }) => {
  test.fail();
  await page.goto("/signin");
  // Inserted after hydration: before it, React would put the page back as it rendered it and the
  // button would be gone before the scan.
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => document.querySelector("main")?.insertAdjacentHTML("beforeend", '<button type="button"></button>'));
  await axe.checkpoint(page, "a nameless button added in place");
  await page.goto("/signup");
});
