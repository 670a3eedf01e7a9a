import { expect, expectBelowHeader, schemes, test } from './fixtures';

test('code blocks are highlighted, with colours that follow the theme', async ({ page }) => {
  await page.goto('/kafka-streams-vs-spark/');
  // A keyword: its class names its colour in each theme (github-light-default #cf222e, github-dark-default #ff7b72).
  const token = page.locator('pre.astro-code[data-language="java"] span.cl-cf222e.cd-ff7b72').first();
  const colour = () => token.evaluate((el) => getComputedStyle(el).color);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await colour();
  expect(light).toBe('rgb(207, 34, 46)');
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await colour();
  expect(dark).toBe('rgb(255, 123, 114)');
  const plain = await page
    .locator('main p')
    .first()
    .evaluate((el) => getComputedStyle(el).color);
  expect([light, dark]).not.toContain(plain);
});

for (const colorScheme of schemes) {
  test(`a link to a table row lands on the row, below the sticky header (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/kafka-streams-vs-spark/table/#processing-model');
    const row = page.locator('tr#processing-model');
    await expect(row).toBeInViewport();
    await expectBelowHeader(page, row);
  });
}

test('a link to a FAQ answer lands on its question', async ({ page }) => {
  await page.goto('/faq/#is-kafka-streams-micro-batch');
  const question = page.getByRole('heading', { name: 'Is Kafka Streams micro-batch?' });
  await expect(question).toBeInViewport();
  await expectBelowHeader(page, question);
});

test('the table scrolls inside its own focusable region, never the page', async ({ page }) => {
  await page.goto('/kafka-streams-vs-spark/table/');
  const region = page.getByRole('region', { name: /Kafka Streams/ });
  await expect(region).toHaveAttribute('tabindex', '0');
  const pageScrolls = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  expect(pageScrolls).toBe(false);
});

test('at 1280 px every code sample reads without sideways scrolling', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the limit is set for the laptop column; phones scroll code by design');
  await page.goto('/kafka-streams-vs-spark/');
  // Off-screen blocks skip layout (content-visibility); lay them all out to measure them.
  const blocks = page.locator('pre.astro-code');
  await blocks.evaluateAll((pres) => pres.forEach((pre) => pre.style.setProperty('content-visibility', 'visible')));
  expect(await blocks.count()).toBeGreaterThan(3);
  const overflowing = await blocks.evaluateAll((pres) =>
    pres.filter((pre) => pre.scrollWidth > pre.clientWidth).map((pre) => pre.textContent?.split('\n').find((l) => l.length > 70) ?? ''),
  );
  expect(overflowing).toEqual([]);
});

for (const colorScheme of schemes) {
  test(`the decision table points each situation to a system and links each factor to its reasoning (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/kafka-streams-vs-spark/#decide-latency-target');
    const factor = page.locator('tbody#decide-latency-target');
    await expect(factor.locator('th')).toBeInViewport();
    await expectBelowHeader(page, factor.locator('th'));
    await expect(factor.locator('td.lean').first()).toHaveText(/Kafka Streams|Spark|Either/);
    const why = factor.getByRole('link', { name: /^Why:/ });
    const target = (await why.getAttribute('href')) ?? '';
    await why.click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(page.locator(target)).toBeInViewport();
  });
}

test('each code block reserves the height it renders at, so nothing shifts when it scrolls into view', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'phones add a scrollbar to wide blocks; the reserved height is checked where blocks fit');
  await page.goto('/kafka-streams-vs-spark/');
  const blocks = page.locator('pre.astro-code');
  const reserved = await blocks.evaluateAll((pres) => pres.map((pre) => pre.getBoundingClientRect().height));
  await blocks.evaluateAll((pres) => pres.forEach((pre) => pre.style.setProperty('content-visibility', 'visible')));
  const rendered = await blocks.evaluateAll((pres) => pres.map((pre) => pre.getBoundingClientRect().height));
  expect(reserved.length).toBeGreaterThan(3);
  rendered.forEach((height, i) => expect(Math.abs(height - (reserved[i] ?? 0)), `block ${i}`).toBeLessThanOrEqual(2));
});

test('a citation is a small raised link to its source, named by its label and described by the source title', async ({ page }) => {
  await page.goto('/faq/');
  const cite = page.locator('main p a.cite[href^="https:"]').first();
  const href = (await cite.getAttribute('href')) ?? '';
  const title =
    (await page
      .locator('.sources li > a')
      .filter({ has: page.locator(`xpath=self::*[@href="${href}"]`) })
      .textContent()) ?? '';
  await expect(cite).toHaveAccessibleName(/^(Kafka|Spark|Flink) (docs|KIP|JIRA|source|release)$/);
  await expect(cite).toHaveAccessibleDescription(title.trim());
  // Raised and smaller than the words around it, as a superscript is.
  const [citeTop, citeSize, textTop, textSize] = await cite.evaluate((a) => {
    const p = a.closest('p') as HTMLElement;
    const range = document.createRange();
    range.selectNodeContents(a.previousSibling as Node);
    const rects = range.getClientRects();
    const last = rects[rects.length - 1] as DOMRect;
    return [a.getBoundingClientRect().top, parseFloat(getComputedStyle(a).fontSize), last.top, parseFloat(getComputedStyle(p).fontSize)];
  });
  expect(citeSize).toBeLessThan(textSize * 0.8);
  expect(citeTop).toBeLessThan(textTop);
});

test('an estimate links to how it was reached, and is described by that entry', async ({ page }) => {
  await page.goto('/faq/');
  const estimate = page.getByRole('link', { name: 'estimate', exact: true }).first();
  const target = (await estimate.getAttribute('href')) ?? '';
  const entry = page.locator(target);
  await expect(estimate).toHaveAccessibleDescription(((await entry.textContent()) ?? '').trim());
  await estimate.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expectBelowHeader(page, entry);
});
