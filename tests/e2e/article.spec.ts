import { expect, expectBelowHeader, schemes, test } from './fixtures';

test('code blocks are highlighted, with colours that follow the theme', async ({ page }) => {
  await page.goto('/kafka-streams-vs-spark/');
  const token = page.locator('pre.astro-code[data-language="java"] span[style*="--shiki-light"]').first();
  const colour = () => token.evaluate((el) => getComputedStyle(el).color);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await colour();
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await colour();
  expect(light).not.toBe(dark);
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
