import type { Page } from '@playwright/test';
import { violations } from './axe';
import { expect, schemes, test } from './fixtures';

const explainerModule = /\/_astro\/latency-explainer\.[^/]+\.js$/;

/** The reader's Kafka Streams bar: its total and its output-wait segment. */
const streamsTotal = (page: Page) => page.locator('[data-latency-timeline] [data-scenario="your-streams"] .tl-total');
const outputWait = (page: Page) =>
  page.locator('[data-latency-timeline] [data-scenario="your-streams"] [data-segment="output-wait"] title');
const streamsLine = (page: Page) => page.locator('[data-latency-line="Kafka Streams"] .latency-calculation');

/** Opens /latency/ and brings the form into view, which loads its module and enables it. */
async function openExplainer(page: Page): Promise<void> {
  await page.goto('/latency/');
  await page.locator('latency-explainer').scrollIntoViewIfNeeded();
  await expect(page.getByLabel('processing.guarantee')).toBeEnabled();
}

test.describe('the latency explainer on /latency/', () => {
  test('recomputes the numbers and the bars when a setting changes', async ({ page }) => {
    await openExplainer(page);
    const guarantee = page.getByLabel('processing.guarantee');
    await expect(streamsTotal(page)).toHaveText('30.206 s: longest waits plus typical times');
    await expect(outputWait(page)).toHaveText('Output: cache held to commit: 30.1 s (bound)');

    await guarantee.selectOption('exactly_once_v2');
    await expect(page.getByLabel('commit.interval.ms')).toHaveValue('100');
    await expect(outputWait(page)).toHaveText('Output: wait for commit: 200 ms (bound)');
    await expect(streamsTotal(page)).toHaveText('416 ms: longest waits plus typical times');
    await expect(streamsLine(page)).toHaveText('200 ms + 200 ms + 4 ms + 10 ms + 2 ms = 416 ms');

    // A commit interval the reader typed stays when the guarantee changes back.
    await page.getByLabel('commit.interval.ms').fill('500');
    await guarantee.selectOption('at_least_once');
    await expect(page.getByLabel('commit.interval.ms')).toHaveValue('500');
    await expect(outputWait(page)).toHaveText('Output: cache held to commit: 600 ms (bound)');

    // Until the reader types a batch duration, the bar keeps our estimate and says so.
    const sparkBar = page.locator('[data-latency-timeline] [data-scenario="your-spark"]');
    await expect(sparkBar.locator('[data-segment="batch-run"] title')).toHaveText('Its batch runs: 500 ms (estimate)');
    // A batch duration the reader enters is taken as it is, even below the docs' best case.
    await page.getByLabel(/^Batch duration/).fill('40');
    await expect(sparkBar.locator('.tl-total')).toHaveText('about 80 ms');
    await expect(sparkBar.locator('[data-segment="batch-run"] title')).toHaveText('Its batch runs: 40 ms (your figure)');

    await page.getByLabel('Mode').selectOption('continuous');
    await expect(page.getByLabel(/^Batch duration/)).toBeDisabled();
    await expect(sparkBar.locator('.tl-total')).toHaveText('about 1 ms');
    await expect(sparkBar.locator('[data-segment="continuous"]')).toHaveClass(/tl-typical/);
  });

  test('works from the keyboard alone', async ({ page, isMobile }) => {
    test.skip(isMobile, 'keyboard on the desktop layout');
    await openExplainer(page);
    await page.getByLabel('processing.guarantee').focus();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('producer linger.ms')).toBeFocused();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('0');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Record cache on the aggregation')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.getByLabel('Record cache on the aggregation')).not.toBeChecked();
    await expect(outputWait(page)).toHaveText('Output: producer linger: 0 ms (bound)');
    await expect(streamsTotal(page)).toHaveText('6 ms: longest waits plus typical times');
    // Enter in a field does not take the reader away from the page.
    await page.getByLabel('producer linger.ms').press('Enter');
    await expect(page).toHaveURL(/\/latency\/$/);
  });

  for (const colorScheme of schemes) {
    test(`has no accessibility violations in the figure and the form (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openExplainer(page);
      expect(await violations(page)).toEqual([]);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the static figure and formulas show the defaults, and the controls are disabled', async ({ page }) => {
    await page.goto('/latency/');
    const figure = page.locator('figure.latency-figure svg[role="img"]');
    await expect(figure).toBeVisible();
    await expect(figure.locator('.tl-row')).toHaveCount(6);
    await expect(figure.locator('[data-scenario="streams-alos"] .tl-total')).toHaveText('30.206 s: longest waits plus typical times');
    await expect(figure.locator('[data-scenario="streams-eos"] .tl-total')).toHaveText('416 ms: longest waits plus typical times');
    await expect(figure.locator('[data-scenario="spark-real-time"] .tl-total')).toHaveText('about 5 ms');
    await expect(streamsLine(page)).toHaveText('100 ms + 30.1 s + 4 ms + 2 ms = 30.206 s');
    const legend = page.locator('.latency-legend');
    await expect(legend.locator('.latency-legend-title')).toHaveText([/^Bounds/, /^Typical, documented/, /^Estimates/]);
    await expect(page.getByLabel('processing.guarantee')).toBeDisabled();
    await expect(page.getByLabel('producer linger.ms')).toBeDisabled();
    await expect(page.locator('[data-latency-note]')).toContainText('need JavaScript');
  });
});

test.describe('on the comparison page', () => {
  test('loads the explainer only when it nears the viewport', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto('/kafka-streams-vs-spark/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((path) => explainerModule.test(path))).toEqual([]);
    expect(requests.filter((path) => path.startsWith('/') && !path.startsWith('/pagefind/'))).toHaveLength(4);

    const loaded = page.waitForRequest((request) => explainerModule.test(new URL(request.url()).pathname));
    await page.locator('latency-explainer').scrollIntoViewIfNeeded();
    await loaded;
    await expect(page.locator('latency-explainer').getByLabel('processing.guarantee')).toBeEnabled();
    expect(requests.filter((path) => explainerModule.test(path))).toHaveLength(1);
  });
});
