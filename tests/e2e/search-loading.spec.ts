import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** When search fetches what: the engine as soon as a reader shows intent by keyboard. */

const searchButton = (page: Page) => page.locator('.site-header').getByRole('link', { name: 'Search' });
const box = (page: Page) => page.getByRole('combobox', { name: 'Search the site' });

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

test('the search page loads the engine with the page, before any query', async ({ page }) => {
  const requested = Promise.all(engineFiles.map((file) => page.waitForRequest(file)));
  await page.goto('/search/');
  await requested;
  await expect(box(page)).toHaveValue('');
});
