import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * `page` that fails the test on any console error, uncaught exception or request to another
 * origin: the site must work entirely from its own origin.
 */
export const test = base.extend<{ page: Page; expectedConsoleError: RegExp | undefined }>({
  /** A console error the test expects (the 404 page's own status, for one). */
  expectedConsoleError: [undefined, { option: true }],
  page: async ({ page, baseURL, expectedConsoleError }, use) => {
    const problems: string[] = [];
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !expectedConsoleError?.test(msg.text())) problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.protocol.startsWith('http') && url.origin !== origin) problems.push(`request to another origin: ${req.url()}`);
    });
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
