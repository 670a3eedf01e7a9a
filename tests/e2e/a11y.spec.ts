import { violations } from './axe';
import { expect, schemes, test } from './fixtures';
import { sitePaths } from './pages';

test.describe('the 404 page', () => {
  test.use({ expectedConsoleError: /status of 404/ });
  for (const colorScheme of schemes) {
    test(`has no accessibility violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const response = await page.goto('/no-such-page/');
      expect(response?.status()).toBe(404);
      expect(await violations(page)).toEqual([]);
    });
  }
});

for (const colorScheme of schemes) {
  for (const path of sitePaths) {
    test(`${path} has no accessibility violations (${colorScheme})`, async ({ page, isMobile }) => {
      if (isMobile) await page.setViewportSize({ width: 360, height: 800 });
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      expect(await violations(page)).toEqual([]);
    });
  }
}

test('the phone table of contents, opened, has no violations', async ({ page, isMobile }) => {
  test.skip(!isMobile, 'phone layout only');
  await page.goto('/kafka-streams-vs-spark/');
  await page.locator('details.toc-compact summary').click();
  expect(await violations(page)).toEqual([]);
});

test('focus is visible on every focusable element of the article', async ({ page }) => {
  await page.goto('/kafka-streams-vs-spark/');
  const missing = await page.evaluate(() => {
    const focusables = [...document.querySelectorAll<HTMLElement>('a[href], button:not([hidden]), [tabindex="0"], summary')].filter(
      (el) => el.checkVisibility() || el.matches('.skip-link'),
    );
    return focusables
      .filter((el) => {
        el.focus({ focusVisible: true } as FocusOptions);
        const style = getComputedStyle(el);
        return style.outlineStyle === 'none' || style.outlineWidth === '0px';
      })
      .map((el) => el.outerHTML.slice(0, 80));
  });
  expect(missing).toEqual([]);
});

test('motion is off when the reader asks for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/kafka-streams-vs-spark/#delivery-guarantees');
  const motion = await page.evaluate(() => ({
    scroll: getComputedStyle(document.documentElement).scrollBehavior,
    animation: getComputedStyle(document.getElementById('delivery-guarantees')!).animationName,
  }));
  expect(motion).toEqual({ scroll: 'auto', animation: 'none' });
});
