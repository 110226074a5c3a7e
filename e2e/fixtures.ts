import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { describeFindings, watchAccessibility } from "./accessibility";

export { expect };
export type { Page } from "@playwright/test";

const CSP_MESSAGE = /Content[- ]Security[- ]Policy/i;

/** Collects every CSP violation in a browser context: Chromium's console report and the DOM event. */
async function watchForCspViolations(context: BrowserContext, violations: string[], isAppPage: (url: string) => boolean): Promise<void> {
  context.on("console", (message) => {
    const page = message.page()?.url();
    // The test identity provider's own pages keep their own policy.
    if (page && !isAppPage(page)) return;
    if (CSP_MESSAGE.test(message.text())) violations.push(`${message.location().url || message.page()?.url() || "?"}: ${message.text()}`);
  });
  // Init scripts run outside the page's policy; this one reports what the page's policy blocked.
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Content-Security-Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline code"} on ${event.documentURI}`);
    });
  });
}

type Axe = {
  /** Scans a state that has no page load of its own (a dialog, an error shown in place). */
  checkpoint: (page: Page, label: string) => Promise<void>;
};

/**
 * Every journey runs with two guards, over its own context and any made with browser.newContext():
 * it fails when a page reports a Content-Security-Policy violation, or when axe finds a WCAG 2.2
 * A/AA violation on a page it loaded, a state marked with `axe.checkpoint`, or a page as the
 * journey left it.
 */
export const test = base.extend<{ axe: Axe; guards: Axe }>({
  guards: [
    // `run` is Playwright's fixture callback (named so React's hook lint doesn't take it for `use`).
    async ({ context, browser, baseURL }, run) => {
      const violations: string[] = [];
      const appOrigin = baseURL ? new URL(baseURL).origin : null;
      const isAppPage = (url: string) => !appOrigin || !/^https?:/.test(url) || new URL(url).origin === appOrigin;
      const accessibility = watchAccessibility(isAppPage);
      const guard = async (c: BrowserContext) => {
        await watchForCspViolations(c, violations, isAppPage);
        await accessibility.add(c);
      };
      await guard(context);
      const newContext = browser.newContext;
      const guarded: Browser["newContext"] = async (options) => {
        const created = await newContext.call(browser, options);
        await guard(created);
        return created;
      };
      browser.newContext = guarded;
      try {
        await run({ checkpoint: accessibility.checkpoint });
        await accessibility.finish();
      } finally {
        browser.newContext = newContext;
      }
      expect(violations, "Content-Security-Policy violations").toEqual([]);
      expect(describeFindings(accessibility.findings), "accessibility violations (axe, WCAG 2.2 A/AA)").toEqual([]);
    },
    { auto: true },
  ],
  axe: async ({ guards }, run) => run(guards),
});
