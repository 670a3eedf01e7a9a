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

test('the 404 page is served with status 404 and links home', async ({ page }) => {
  page.on('console', () => undefined);
  const response = await page.request.get('/no-such-page/');
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('Page not found');
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
