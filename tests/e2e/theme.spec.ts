import { expect, test } from './fixtures';

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const isDark = (rgb: string) => {
  const [r = 255, g = 255, b = 255] = rgb.match(/\d+/g)?.map(Number) ?? [];
  return (r + g + b) / 3 < 100;
};

test('follows the system colour scheme when no theme was chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  expect(isDark(await background(page))).toBe(true);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(isDark(await background(page))).toBe(false);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
});

test('the toggle overrides the system, works from the keyboard and persists across pages', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(isDark(await background(page))).toBe(true);

  await page.goto('/faq/');
  expect(isDark(await background(page))).toBe(true);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.reload();
  expect(isDark(await background(page))).toBe(false);
});

test('a stored theme is applied before the body is parsed, so the wrong theme never flashes', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('theme', 'dark'));
  // Records, before any page script runs, whether data-theme was already set when <body> appeared.
  await page.addInitScript(() => {
    const w = window as unknown as { themeAtBody?: string | null };
    new MutationObserver((_, observer) => {
      if (document.body) {
        w.themeAtBody = document.documentElement.getAttribute('data-theme');
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string | null }).themeAtBody)).toBe('dark');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page reads completely and no dead toggle is shown', async ({ page }) => {
    await page.goto('/kafka-streams-vs-spark/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[data-theme-toggle]')).toBeHidden();
    await expect(page.locator('#sources')).toBeAttached();
  });
});
