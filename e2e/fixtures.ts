import { test as base, expect, type Browser, type BrowserContext } from "@playwright/test";

export { expect };
export type { Page } from "@playwright/test";

const CSP_MESSAGE = /Content[- ]Security[- ]Policy/i;

/** Collects every CSP violation in a browser context: Chromium's console report and the DOM event. */
async function watchForCspViolations(context: BrowserContext, violations: string[]): Promise<void> {
  context.on("console", (message) => {
    if (CSP_MESSAGE.test(message.text())) violations.push(`${message.location().url || message.page()?.url() || "?"}: ${message.text()}`);
  });
  // Init scripts run outside the page's policy; this one reports what the page's policy blocked.
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Content-Security-Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline code"} on ${event.documentURI}`);
    });
  });
}

/**
 * Every journey runs with the CSP guard: a test fails when any page it opened (in its own context
 * or in one made with browser.newContext()) reports a Content-Security-Policy violation.
 */
export const test = base.extend<{ cspGuard: void }>({
  cspGuard: [
    // `run` is Playwright's fixture callback (named so React's hook lint doesn't take it for `use`).
    async ({ context, browser }, run) => {
      const violations: string[] = [];
      await watchForCspViolations(context, violations);
      const newContext = browser.newContext;
      const guarded: Browser["newContext"] = async (options) => {
        const created = await newContext.call(browser, options);
        await watchForCspViolations(created, violations);
        return created;
      };
      browser.newContext = guarded;
      try {
        await run();
      } finally {
        browser.newContext = newContext;
      }
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});
