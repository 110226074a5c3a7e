import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "@playwright/test";

/** WCAG 2.2 A and AA, as axe tags them (2.2 adds AA rules only). */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
/** A scan that takes longer than this is reported, not waited for. */
const SCAN_LIMIT_MS = 20_000;

export type AxeFinding = { where: string; rule: string; impact: string; targets: string[]; help: string };

/** Runs axe on what the page shows now; findings name the page state they were seen on. */
export async function scanPage(page: Page, where = page.url()): Promise<AxeFinding[]> {
  // Legacy mode runs axe in the page itself; the default finishes every scan in a new blank page of
  // the context. The app has no iframes, the one thing legacy mode can't reach.
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode().analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => ({ where, rule: v.id, impact: v.impact ?? "unknown", targets: n.target.map(String), help: v.help })),
  );
}

/**
 * The page was closed or replaced by a new document while axe read it (between injecting axe and
 * running it, the new document has no `axe`): that state is gone, and the new one is scanned.
 */
const TITLE_WAIT_MS = 3_000;

function isGone(error: unknown): boolean {
  return /has been closed|Execution context was destroyed|frame was detached|reading 'run'/i.test(String(error));
}

/**
 * Scans every page state a journey shows, once per URL: each document when it has loaded, each
 * client-side navigation as it happens, the current page before `goto`/`reload` leave it, any
 * state marked with `checkpoint` (a dialog, an error shown in place), and every page as the
 * journey left it. Only the app's own pages are scanned.
 */
export function watchAccessibility(isAppPage: (url: string) => boolean = () => true) {
  const findings: AxeFinding[] = [];
  const contexts: BrowserContext[] = [];
  const scanned = new WeakMap<Page, Set<string>>();
  const chains = new WeakMap<Page, Promise<void>>();

  function scanOnce(page: Page, where: string): Promise<void> {
    const run = (chains.get(page) ?? Promise.resolve()).then(async () => {
      if (page.isClosed()) return;
      let timer: NodeJS.Timeout | undefined;
      const limit = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), SCAN_LIMIT_MS)));
      const startedAt = page.url();
      try {
        // Next streams a dynamic page's metadata: its <title> can arrive after the document's load
        // event. A page that never gets one is still scanned (and reported) after the wait.
        await page.waitForFunction(() => document.querySelector("title") !== null, undefined, { timeout: TITLE_WAIT_MS }).catch(() => undefined);
        const found = await Promise.race([scanPage(page, where), limit]);
        if (found === "timeout") findings.push({ where, rule: "axe-timeout", impact: "unknown", targets: [], help: `no result in ${SCAN_LIMIT_MS / 1000} s` });
        // The app navigated while axe read the page: what it saw was half of each page (between a
        // page's content and its streamed <title>, say). The new page gets its own scan.
        else if (page.url() === startedAt) findings.push(...found);
      } catch (error) {
        if (!isGone(error)) findings.push({ where, rule: "axe-failed", impact: "unknown", targets: [], help: String(error) });
      } finally {
        clearTimeout(timer);
      }
    });
    chains.set(page, run);
    return run;
  }

  /** Scans the page's current URL unless it was scanned before in this journey. */
  function scanCurrent(page: Page, label?: string): Promise<void> {
    const url = page.url();
    // Another site the journey passes through (the test identity provider's login form) isn't ours to check.
    if (page.isClosed() || url === "about:blank" || !isAppPage(url)) return Promise.resolve();
    const seen = scanned.get(page) ?? new Set<string>();
    scanned.set(page, seen);
    if (!label && seen.has(url)) return chains.get(page) ?? Promise.resolve();
    seen.add(url);
    return scanOnce(page, label ? `${url} (${label})` : url);
  }

  function watch(page: Page): void {
    page.on("load", () => void scanCurrent(page));
    // The App Router's client-side navigations change the URL without a load: scanned as they
    // happen. Nothing the app sends is held back for a scan (holding its requests made journeys
    // slow and flaky on a busy machine); a state left before its scan ends is simply not reported.
    page.on("framenavigated", (frame) => {
      // After the document's load: a new document's framenavigated comes before its content.
      if (frame === page.mainFrame()) void page.waitForLoadState("load").then(() => scanCurrent(page), () => undefined);
    });
    for (const method of ["goto", "reload"] as const) {
      const original = page[method].bind(page) as (...args: unknown[]) => Promise<unknown>;
      (page as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
        await scanCurrent(page);
        return original(...args);
      };
    }
  }

  return {
    findings,
    async add(context: BrowserContext): Promise<void> {
      contexts.push(context);
      context.pages().forEach(watch);
      context.on("page", watch);
    },
    checkpoint: (page: Page, label: string) => scanCurrent(page, label),
    async finish(): Promise<void> {
      for (const page of contexts.flatMap((c) => c.pages())) {
        // A journey that stopped mid-navigation (a failed step) leaves a half-loaded document.
        await page.waitForLoadState("load", { timeout: 10_000 }).catch(() => undefined);
        await scanCurrent(page, "end of the journey");
      }
    },
  };
}

/** One line per finding, for the failure message. */
export function describeFindings(findings: AxeFinding[]): string[] {
  return findings.map((f) => `${f.where}: ${f.rule} (${f.impact}) at ${f.targets.join(" ")} — ${f.help}`);
}
