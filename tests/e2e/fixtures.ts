import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * Starts recording what must never happen on a page of the site: a console error (other than
 * one the test expects), an uncaught exception, a request to another origin, or anything the
 * Content-Security-Policy blocks (each `securitypolicyviolation` event). Returns the live list.
 */
export async function watchPage(page: Page, origin: string, expectedConsoleError?: RegExp): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !expectedConsoleError?.test(msg.text())) problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) problems.push(`request to another origin: ${req.url()}`);
  });
  // Bindings and init scripts come from the browser's debugging protocol, so the policy cannot block them.
  await page.exposeBinding('reportPolicyViolation', (_source, text: string) => void problems.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportPolicyViolation: (text: string) => void }).reportPolicyViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} on ${location.pathname}`);
    });
  });
  return problems;
}

/**
 * `page` that fails the test on anything watchPage records: the site must work entirely from its
 * own origin, under its own security headers (scripts/serve.ts sends dist/_headers), without errors.
 */
export const test = base.extend<{ page: Page; expectedConsoleError: RegExp | undefined }>({
  /** A console error the test expects (the 404 page's own status, for one). */
  expectedConsoleError: [undefined, { option: true }],
  page: async ({ page, baseURL, expectedConsoleError }, use) => {
    const problems = await watchPage(page, new URL(baseURL ?? 'http://127.0.0.1').origin, expectedConsoleError);
    await use(page);
    expect(problems).toEqual([]);
  },
});

export { expect };

/** The two colour schemes every visual check runs in. */
export const schemes = ['light', 'dark'] as const;

/** The target of a fragment link sits fully visible just below the sticky header, not under it. */
export async function expectBelowHeader(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeInViewport();
  await expect
    .poll(async () => {
      const header = await page.locator('.site-header').boundingBox();
      const box = await target.boundingBox();
      return header && box ? Math.round(box.y - (header.y + header.height)) : -1;
    })
    .toBeGreaterThanOrEqual(0);
  const header = await page.locator('.site-header').boundingBox();
  const box = await target.boundingBox();
  // Near the top (within 3rem of the header's lower edge; scroll-padding leaves 1rem), unless the
  // page is scrolled as far as it goes: a target near the end of a page cannot reach the top.
  const atBottom = await page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1);
  if (!atBottom) expect((box?.y ?? 0) - ((header?.y ?? 0) + (header?.height ?? 0))).toBeLessThanOrEqual(48);
}
