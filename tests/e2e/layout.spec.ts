import { expect, test } from './fixtures';
import { sitePaths } from './pages';

test.describe('reading at every width', () => {
  test.skip(({ isMobile }) => isMobile, 'widths are set explicitly');

  for (const width of [360, 1600]) {
    for (const path of sitePaths) {
      test(`${path} at ${width} px: only tables and code scroll sideways, each in its own focusable box`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
        const wide = await page.evaluate(() =>
          [...document.querySelectorAll('main *')]
            .filter(
              (el) =>
                el.scrollWidth > el.clientWidth + 1 &&
                getComputedStyle(el).overflowX !== 'visible' &&
                getComputedStyle(el).overflowX !== 'hidden',
            )
            .map((el) => ({
              box: el.tagName === 'PRE' ? 'code' : el.classList.contains('table-scroll') ? 'table' : el.tagName,
              focusable: (el as HTMLElement).tabIndex >= 0,
            })),
        );
        for (const box of wide) {
          expect(['code', 'table'], JSON.stringify(box)).toContain(box.box);
          expect(box.focusable, JSON.stringify(box)).toBe(true);
        }
      });
    }
  }

  test('prose lines stay within a comfortable measure (60–75 characters) on wide screens', async ({ page }) => {
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.goto('/kafka-streams-vs-spark/');
    const chars = await page
      .locator('.prose > p')
      .first()
      .evaluate((p) => {
        const probe = document.createElement('span');
        probe.textContent = 'abcdefghijklmnopqrstuvwxyz'.repeat(4);
        probe.style.visibility = 'hidden';
        p.append(probe);
        const perChar = probe.getBoundingClientRect().width / 104;
        probe.remove();
        return p.getBoundingClientRect().width / perChar;
      });
    expect(chars).toBeGreaterThanOrEqual(60);
    expect(chars).toBeLessThanOrEqual(80);
  });

  test('printing drops navigation and keeps the whole table on the page', async ({ page }) => {
    await page.goto('/kafka-streams-vs-spark/table/');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    const region = page.locator('.table-scroll');
    expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(bg).toBe('rgb(255, 255, 255)');
  });
});
