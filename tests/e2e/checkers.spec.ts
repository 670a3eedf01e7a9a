import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { distDir } from '../../scripts/paths.ts';
import { headersFor, parseHeaders } from '../../src/build/headers-file';
import { violations } from './axe';
import { expect, test, watchPage } from './fixtures';

/**
 * The checks the other browser tests rely on, shown to fail on small fixture pages: a test that
 * could never fail would prove nothing. (The link checker's own failures are unit-tested in
 * tests/unit/build/link-check.test.ts.)
 */

const headerRules = parseHeaders(readFileSync(path.join(distDir, '_headers'), 'utf8'));

/** A file of a built folder, as a URL path: `/_astro/…css`, `/pagefind/fragment/…`. */
const firstFile = (folder: string, suffix: string) => {
  const name = readdirSync(path.join(distDir, folder)).find((file) => file.endsWith(suffix));
  if (!name) throw new Error(`dist/${folder} has no *${suffix} file`);
  return `/${folder}/${name}`;
};

test('the server sends exactly the headers of dist/_headers, with a CSP that allows no inline script or style', async ({ page }) => {
  for (const urlPath of ['/', '/kafka-streams-vs-spark/', '/pagefind/pagefind.js', '/no-such-page/']) {
    const response = await page.request.get(urlPath);
    const expected = headersFor(headerRules, urlPath);
    expect(Object.keys(expected).length, urlPath).toBeGreaterThan(3);
    for (const [name, value] of Object.entries(expected)) expect(response.headers()[name.toLowerCase()], `${urlPath} ${name}`).toBe(value);
  }
  const csp = headersFor(headerRules, '/')['Content-Security-Policy'] ?? '';
  expect(csp).toMatch(/frame-ancestors 'none'/);
  expect(csp).not.toMatch(/'unsafe-inline'/);
});

test('files named by their content hash are kept a year; pages and fixed names are revalidated', async ({ page }) => {
  const cacheControl = async (urlPath: string) => (await page.request.get(urlPath)).headers()['cache-control'];
  const year = 'public, max-age=31536000, immutable';
  for (const hashed of [
    firstFile('_astro', '.css'),
    firstFile('pagefind/fragment', '.pf_fragment'),
    firstFile('pagefind/index', '.pf_index'),
    firstFile('pagefind', '.pf_meta'),
  ]) {
    expect(await cacheControl(hashed), hashed).toBe(year);
  }
  for (const fixed of ['/', '/faq/', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/favicon.svg', '/no-such-page/']) {
    expect(await cacheControl(fixed), fixed).toBe('no-cache');
  }
});

/** Serves a fixture page from the site's origin under the site's own policy and watches it for problems. */
async function policyFixture(page: Page, baseURL: string | undefined, name: string, body: string): Promise<string[]> {
  const origin = new URL(baseURL ?? '').origin;
  const problems = await watchPage(page, origin);
  const fixture = `${origin}/fixture/${name}/`;
  await page.route(fixture, (route) =>
    route.fulfill({ contentType: 'text/html', headers: headersFor(headerRules, `/fixture/${name}/`), body }),
  );
  await page.goto(fixture);
  return problems;
}

base('an inline script the build did not hash is blocked and reported as a CSP violation', async ({ page, baseURL }) => {
  const problems = await policyFixture(
    page,
    baseURL,
    'inline-script',
    '<!doctype html><html lang="en"><title>Fixture</title><p>Text</p><script>document.title = "ran"</script></html>',
  );
  await expect.poll(() => problems.filter((p) => p.startsWith('CSP violation: script-src'))).toHaveLength(1);
  expect(await page.title()).toBe('Fixture');
});

base('a style attribute is blocked and reported as a CSP violation', async ({ page, baseURL }) => {
  const problems = await policyFixture(
    page,
    baseURL,
    'inline-style',
    '<!doctype html><html lang="en"><title>Fixture</title><p style="color: rgb(255, 0, 0)">Text</p></html>',
  );
  await expect.poll(() => problems.filter((p) => p.startsWith('CSP violation: style-src'))).toHaveLength(1);
  expect(await page.locator('p').evaluate((p) => getComputedStyle(p).color)).not.toBe('rgb(255, 0, 0)');
});

base('a low-contrast colour is an accessibility violation', async ({ page }) => {
  await page.setContent(
    '<!doctype html><html lang="en"><head><title>Fixture</title></head><body><main><h1>Title</h1>' +
      '<p style="color: #999; background: #fff">Grey text on white: 2.8 to 1.</p></main></body></html>',
  );
  expect((await violations(page)).join('\n')).toMatch(/^color-contrast \(serious\)/m);
});
