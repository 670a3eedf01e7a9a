import type { Page } from '@playwright/test';
import { violations } from './axe';
import { expect, expectBelowHeader, schemes, test } from './fixtures';

/** The header's search button (the footer also links the search page). */
const searchButton = (page: Page) => page.locator('.site-header').getByRole('link', { name: 'Search' });

/** Where search code lives: Pagefind's bundle and index, the word list, the dialog's own module. */
const searchCode = /\/pagefind\/|\/search\/words\.json|search-(dialog|panel)/;

const dialog = (page: Page) => page.locator('dialog.search-dialog');
const box = (page: Page) => page.getByRole('combobox', { name: 'Search the site' });
/** The search's own status line (a page may hold other live regions, such as the latency explainer's output). */
const status = (page: Page) => page.getByRole('status').and(page.locator('[data-search-status]'));
const results = (page: Page) => page.getByRole('listbox', { name: 'Results' }).getByRole('option');

/** Types a query into the open box and waits until the status line reports on exactly that query. */
async function searchFor(page: Page, query: string): Promise<void> {
  await box(page).fill(query);
  await expect(status(page)).toContainText(`“${query}”`);
}

/** The landing paths ("/faq/#id") of the first results on screen, once that many are listed (they arrive one by one). */
async function topLandings(page: Page, count: number): Promise<string[]> {
  await expect(results(page).nth(count - 1)).toBeAttached();
  const hrefs = await results(page).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.slice(0, count).map((href) => {
    const url = new URL(href);
    return `${url.pathname}${url.hash}`;
  });
}

test('page load fetches no search code; the first open does, without a web worker', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (req) => fetched.push(new URL(req.url()).pathname));
  await page.goto('/kafka-streams-vs-spark/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((p) => searchCode.test(p))).toEqual([]);
  await searchButton(page).click();
  await expect(box(page)).toBeFocused();
  await searchFor(page, 'linger');
  expect(fetched.filter((p) => p.startsWith('/pagefind/')).length).toBeGreaterThan(1);
  // The engine runs on the page's thread: pagefind-worker.js would be one more request before the first result.
  expect(fetched.filter((p) => p.includes('worker'))).toEqual([]);
});

test('pointing at the search button loads the engine before it is clicked', async ({ page, isMobile }) => {
  test.skip(isMobile, 'no pointer to rest on a phone');
  await page.goto('/');
  const engine = page.waitForRequest((req) => req.url().endsWith('/pagefind/pagefind.js'));
  await searchButton(page).hover();
  await engine;
  await expect(dialog(page)).toBeHidden();
});

for (const [how, open] of [
  ['the button', (page: Page) => searchButton(page).click()],
  ['/', (page: Page) => page.keyboard.press('/')],
  ['Ctrl+K', (page: Page) => page.keyboard.press('Control+k')],
] as const) {
  test(`${how} opens the search dialog; Escape closes it and focus returns to the search button`, async ({ page }) => {
    await page.goto('/faq/');
    await open(page);
    await expect(dialog(page)).toBeVisible();
    await expect(box(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(searchButton(page)).toBeFocused();
  });
}

test('/ typed inside a text field types a slash instead of opening search', async ({ page }) => {
  await page.goto('/search/');
  await box(page).press('/');
  await expect(box(page)).toHaveValue('/');
  await expect(dialog(page)).toHaveCount(0);
});

test('the open dialog keeps focus inside it', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await searchFor(page, 'rocksdb');
  const visited = new Set<string>();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press(i < 8 ? 'Tab' : 'Shift+Tab');
    const where = await page.evaluate(() =>
      document.activeElement?.closest('dialog') ? document.activeElement.outerHTML.slice(0, 40) : 'outside',
    );
    expect(where).not.toBe('outside');
    visited.add(where);
  }
  // It went round: every control (box, Close, two filters, All results, More results) was reached.
  expect(visited.size).toBeGreaterThanOrEqual(5);
});

const landings = [
  { query: 'is kafka streams micro batch', target: '/faq/#is-kafka-streams-micro-batch' },
  { query: 'exactly once spark kafka sink', target: '/faq/#does-spark-support-exactly-once-with-kafka' },
  { query: 'linger', target: '/kafka-streams-vs-spark/#where-kafka-streams-defaults-add-delay' },
  { query: 'watermrk', target: '/glossary/#watermark' },
];

for (const { query, target } of landings) {
  test(`"${query}" lists ${target} in the top 3, and choosing it from the keyboard lands on it, highlighted`, async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await searchFor(page, query);
    const top = await topLandings(page, 3);
    expect(top).toContain(target);
    for (let i = 0; i <= top.indexOf(target); i++) await box(page).press('ArrowDown');
    await expect(box(page)).toHaveAttribute('aria-activedescendant', `search-result-${top.indexOf(target)}`);
    await box(page).press('Enter');
    const [path, id] = target.split('#');
    await expect(page).toHaveURL((url) => url.pathname === path && url.hash === `#${id}`);
    await expectBelowHeader(page, page.locator(`[id="${id}"]`));
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('search-terms')?.size ?? 0)).toBeGreaterThan(0);
  });
}

test('a click on a result lands on it', async ({ page }) => {
  await page.goto('/kafka-streams-vs-spark/');
  await searchButton(page).click();
  await searchFor(page, 'how many instances kafka streams');
  await results(page).filter({ hasText: 'How many instances' }).first().click();
  await expect(page).toHaveURL(/\/faq\/\?highlight=.*#how-many-instances-can-a-kafka-streams-app-use$/);
  await expectBelowHeader(page, page.locator('#how-many-instances-can-a-kafka-streams-app-use'));
});

test('the result count is announced, and each result shows its type, place, title and a highlighted excerpt', async ({ page }) => {
  await page.goto('/search/');
  await searchFor(page, 'rocksdb');
  await expect(status(page)).toHaveText(/^\d+ results? for “rocksdb”/);
  const first = results(page).first();
  await expect(first.locator('.search-hit-type')).toHaveText(/Article|FAQ|Table row/);
  await expect(first.locator('.search-hit-title')).not.toBeEmpty();
  await expect(first.locator('.search-hit-excerpt mark').first()).toHaveText(/rocksdb/i);
});

test('/search/?q= runs the query on load, keeps box and URL in sync, and survives a reload', async ({ page }) => {
  await page.goto('/search/?q=linger');
  await expect(box(page)).toHaveValue('linger');
  await expect(status(page)).toContainText('“linger”');
  expect(await topLandings(page, 3)).toContain('/kafka-streams-vs-spark/#where-kafka-streams-defaults-add-delay');
  await searchFor(page, 'grace period');
  await expect(page).toHaveURL(/\/search\/\?q=grace\+period$/);
  await page.reload();
  await expect(box(page)).toHaveValue('grace period');
  await expect(status(page)).toContainText('“grace period”');
  expect(await topLandings(page, 3)).toContain('/glossary/#grace-period');
});

test('filters narrow the results and are part of the shared URL', async ({ page }) => {
  await page.goto('/search/?q=exactly+once&type=FAQ');
  await expect(status(page)).toContainText('with these filters');
  await expect(results(page).first()).toBeVisible();
  for (const type of await results(page).locator('.search-hit-type').allTextContents()) expect(type).toBe('FAQ');
  await page.getByLabel('Type').selectOption('');
  await expect(page).toHaveURL(/\/search\/\?q=exactly\+once$/);
});

test('Enter in the dialog with no result chosen opens the full results page for the query', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await searchFor(page, 'state store');
  await box(page).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=state\+store$/);
  await expect(box(page)).toHaveValue('state store');
});

test('a query with no match says so and points to the FAQ index', async ({ page }) => {
  await page.goto('/search/?q=zzqxw+plorvex');
  await expect(status(page)).toContainText('No results');
  await page.getByRole('link', { name: 'FAQ index' }).click();
  await expect(page).toHaveURL(/\/faq\/$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs JavaScript and links every page it would search', async ({ page }) => {
    await page.goto('/search/?q=linger');
    await expect(page.getByText('needs JavaScript')).toBeVisible();
    await expect(box(page)).toBeHidden();
    await expect(page.locator('.search-noscript').getByRole('link', { name: /Frequently asked questions/ })).toBeVisible();
  });

  test('the header search button is a link to the search page', async ({ page }) => {
    await page.goto('/kafka-streams-vs-spark/');
    await searchButton(page).click();
    await expect(page).toHaveURL(/\/search\/$/);
  });
});

for (const colorScheme of schemes) {
  test(`the open dialog with results has no accessibility violations and fits the screen (${colorScheme})`, async ({ page, isMobile }) => {
    if (isMobile) await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ colorScheme });
    await page.goto('/kafka-streams-vs-spark/');
    await page.keyboard.press('/');
    await searchFor(page, 'exactly once');
    await box(page).press('ArrowDown');
    expect(await violations(page)).toEqual([]);
    const box360 = await dialog(page).boundingBox();
    const width = page.viewportSize()?.width ?? 0;
    expect((box360?.x ?? -1) >= 0 && (box360?.x ?? 0) + (box360?.width ?? Infinity) <= width).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
}
