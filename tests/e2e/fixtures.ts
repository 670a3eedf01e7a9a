import { test as base, expect } from '@playwright/test';

/**
 * `page` that fails the test on any console error, uncaught exception or request to another
 * origin: the site must work entirely from its own origin.
 */
export const test = base.extend<{ page: import('@playwright/test').Page }>({
  page: async ({ page, baseURL }, use) => {
    const problems: string[] = [];
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
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
