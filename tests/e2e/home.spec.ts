import { expect, schemes, test } from './fixtures';

for (const colorScheme of schemes) {
  test(`home says what the site is and links the comparison (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Kafka Streams');
    await page.getByRole('main').getByRole('link', { name: 'Kafka Streams vs Spark Structured Streaming', exact: true }).click();
    await expect(page).toHaveURL(/\/kafka-streams-vs-spark\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kafka Streams vs Spark Structured Streaming');
  });
}

test.describe('an unknown address', () => {
  test.use({ expectedConsoleError: /status of 404/ });

  test('gets the 404 page with status 404, linking home, search and every page', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
    await expect(main.getByRole('link', { name: 'Frequently asked questions' }).or(main.getByRole('link', { name: /^FAQ/ }))).toBeVisible();
    await expect(main.getByRole('link', { name: 'Search the site' })).toHaveAttribute('href', '/search/');
    await main.getByRole('link', { name: 'Kafka Streams vs Spark Structured Streaming', exact: true }).click();
    await expect(page).toHaveURL(/\/kafka-streams-vs-spark\/$/);
  });
});

test('the skip link is the first Tab stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/kafka-streams-vs-spark/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
