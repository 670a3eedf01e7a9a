import { expect, expectBelowHeader, test } from './fixtures';
import { anchoredPaths } from './pages';

const widths = [360, 768, 1280];

test.describe('public anchors', () => {
  test.skip(({ isMobile }) => isMobile, 'widths are set explicitly in the desktop project');

  for (const path of anchoredPaths) {
    test(`every public id on ${path} lands at the top, below the header, at 360, 768 and 1280 px`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.goto(path);
      const ids = await page.locator('a.self-link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
      expect(ids.length).toBeGreaterThan(0);
      for (const width of widths) {
        await page.setViewportSize({ width, height: 800 });
        for (const id of ids) {
          await page.goto(`${path}#${id}`);
          await expectBelowHeader(page, page.locator(`[id="${id}"]`));
        }
      }
    });
  }

  test('Tab reaches every self-link of the article, and each shows while focused', async ({ page }) => {
    await page.goto('/kafka-streams-vs-spark/');
    const expected = await page.locator('a.self-link').count();
    await page.evaluate(() => {
      const w = window as unknown as { focusedLinks: Map<string, string> };
      w.focusedLinks = new Map();
      document.addEventListener('focusin', (e) => {
        const el = e.target as HTMLElement;
        if (el.matches('a.self-link')) w.focusedLinks.set(el.getAttribute('href') ?? '', getComputedStyle(el).opacity);
      });
    });
    const total = await page.locator('a[href], button:not([hidden]), [tabindex="0"], summary').count();
    for (let i = 0; i < total + 5; i++) await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => [...(window as unknown as { focusedLinks: Map<string, string> }).focusedLinks.entries()]);
    expect(focused).toHaveLength(expected);
    for (const [href, opacity] of focused) expect(opacity, href).toBe('1');
  });

  test('a self-link copies the absolute URL of its section and says so', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
    await page.goto('/kafka-streams-vs-spark/');
    const heading = page.locator('.anchor-heading').filter({ has: page.locator('h2#delivery-guarantees') });
    await heading.hover();
    await heading.getByRole('link', { name: 'Section titled “Delivery guarantees”' }).click();
    await expect(page.locator('#announcer')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/kafka-streams-vs-spark/#delivery-guarantees`);
    expect(page.url()).toBe(`${baseURL}/kafka-streams-vs-spark/#delivery-guarantees`);
  });

  test('a table row self-link copies the row URL', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
    await page.goto('/kafka-streams-vs-spark/table/');
    await page.getByRole('link', { name: 'Link to the “Latency floor” row' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#announcer')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/kafka-streams-vs-spark/table/#latency-floor`);
  });
});
