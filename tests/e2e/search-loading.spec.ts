import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * When search fetches what: the engine as soon as a reader shows intent by keyboard, and the
 * results' data (one Pagefind fragment file each) only for the results on screen.
 */

const searchButton = (page: Page) => page.locator('.site-header').getByRole('link', { name: 'Search' });
const box = (page: Page) => page.getByRole('combobox', { name: 'Search the site' });
const status = (page: Page) => page.getByRole('status').and(page.locator('[data-search-status]'));
const results = (page: Page) => page.getByRole('listbox', { name: 'Results' }).getByRole('option');

/** The files Pagefind's engine needs before it can search: its script, its WebAssembly and its entry file. */
const engineFiles = [/\/pagefind\/pagefind\.js$/, /\/pagefind\/wasm\.\w+\.pagefind$/, /\/pagefind\/pagefind-entry\.json(\?|$)/];

for (const [how, intent] of [
  ['/', (page: Page) => page.keyboard.press('/')],
  ['Ctrl+K', (page: Page) => page.keyboard.press('Control+k')],
  ['focus on the search button', (page: Page) => searchButton(page).focus()],
] as const) {
  test(`${how} starts loading the search engine before a key of the query is typed`, async ({ page }) => {
    await page.goto('/kafka-streams-vs-spark/');
    await page.waitForLoadState('networkidle');
    const requested = Promise.all(engineFiles.map((file) => page.waitForRequest(file)));
    await intent(page);
    await requested;
    if (how !== 'focus on the search button') {
      await expect(box(page)).toBeFocused();
      await expect(box(page)).toHaveValue('');
    }
  });
}

test("keys typed right after / land in the box, even while the dialog's script is still on its way", async ({ page }) => {
  await page.goto('/kafka-streams-vs-spark/');
  // Hold the dialog's module until the query is typed: a slow connection, made certain.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/search-dialog\.[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.keyboard.press('/');
  await page.keyboard.type('exactly once');
  await expect(box(page)).toHaveValue('exactly once');
  release();
  await expect(results(page).first()).toBeVisible();
  await expect(box(page)).toHaveValue('exactly once');
  await expect(status(page)).toContainText('exactly once');
});

test('the search page loads the engine with the page, before any query', async ({ page }) => {
  const requested = Promise.all(engineFiles.map((file) => page.waitForRequest(file)));
  await page.goto('/search/');
  await requested;
  await expect(box(page)).toHaveValue('');
});

/**
 * Counts, in the page, the fragment files requested (`fragments`) and how many had been requested
 * when the first result appeared in the list (`beforeFirst`).
 */
async function countFragments(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { fragments: number; beforeFirst: number | undefined };
    w.fragments = 0;
    const fetchFile = window.fetch.bind(window);
    window.fetch = (input, init) => {
      if (String(input instanceof Request ? input.url : input).includes('/pagefind/fragment/')) w.fragments++;
      return fetchFile(input, init);
    };
    new MutationObserver(() => {
      if (w.beforeFirst === undefined && document.querySelector('[data-search-results] [role="option"]')) w.beforeFirst = w.fragments;
    }).observe(document, { subtree: true, childList: true });
  });
}

const fragments = (page: Page) => page.evaluate(() => (window as unknown as { fragments: number }).fragments);

test('a query with many results fetches the data of the results on screen first, the rest as the list scrolls and on “Show more”', async ({
  page,
}) => {
  // Short enough that five results overflow the dialog on both phone and desktop widths.
  await page.setViewportSize({ width: page.viewportSize()?.width ?? 375, height: 560 });
  await countFragments(page);
  await page.goto('/kafka-streams-vs-spark/');
  await page.keyboard.press('/');
  await box(page).fill('kafka');
  await expect(status(page)).toHaveText(/^\d+ results for “kafka”\. Showing the first 8\.$/);
  await expect(results(page).first()).toBeVisible();
  const beforeFirst = await page.evaluate(() => (window as unknown as { beforeFirst: number }).beforeFirst);
  expect(beforeFirst).toBeGreaterThanOrEqual(1);
  expect(beforeFirst).toBeLessThanOrEqual(5);
  await expect(results(page)).toHaveCount(5);
  // The list ends below the fold: nothing past the fifth result has been fetched.
  await expect(page.locator('[data-search-end]')).not.toBeInViewport();
  expect(await fragments(page)).toBe(5);
  await expect(results(page).first()).toHaveAttribute('aria-setsize', '8');

  await page.locator('[data-search-end]').evaluate((end) => end.scrollIntoView());
  await expect(results(page)).toHaveCount(8);
  expect(await fragments(page)).toBe(8);

  await page.getByRole('button', { name: 'Show 8 more' }).click();
  await expect(status(page)).toContainText('Showing the first 16.');
  await expect.poll(() => results(page).count()).toBeGreaterThan(8);
  expect(await fragments(page)).toBeGreaterThan(8);
  expect(await fragments(page)).toBeLessThanOrEqual(16);
});

test('Down past the last result fetched brings the next ones, in order', async ({ page }) => {
  await page.setViewportSize({ width: page.viewportSize()?.width ?? 375, height: 560 });
  await page.goto('/search/?q=kafka');
  await expect(results(page).first()).toBeVisible();
  for (let i = 0; i < 7; i++) {
    await box(page).press('ArrowDown');
    await expect(box(page)).toHaveAttribute('aria-activedescendant', `search-result-${i}`);
  }
  const ids = await results(page).evaluateAll((options) => options.map((option) => option.id));
  expect(ids).toEqual(ids.map((_, i) => `search-result-${i}`));
});
