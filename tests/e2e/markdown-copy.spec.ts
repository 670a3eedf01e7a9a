import { expect, test } from './fixtures';

test.describe("the comparison's Markdown copy", () => {
  // A text document has no <link rel="icon">, so the browser asks for /favicon.ico, which the site does not have.
  test.use({ expectedConsoleError: /status of 404/ });

  test('a reader follows "View as Markdown" on the comparison and gets its Markdown copy', async ({ page }) => {
    const missing: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') missing.push(new URL(msg.location().url).pathname);
    });
    await page.goto('/kafka-streams-vs-spark/');
    const title = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
    expect(title).not.toBe('');
    const link = page.getByRole('link', { name: 'View as Markdown' });
    await expect(link).toBeVisible();
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/kafka-streams-vs-spark.md')), link.click()]);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/markdown; charset=utf-8');
    expect((await response.text()).startsWith(`# ${title}\n`)).toBe(true);
    await expect(page).toHaveURL(/\/kafka-streams-vs-spark\.md$/);
    await expect(page.locator('body')).toContainText(`# ${title}`);
    expect(missing.filter((p) => p !== '/favicon.ico')).toEqual([]);
  });
});

test('"View as Markdown" is reached with the keyboard and shows its focus', async ({ page }) => {
  await page.goto('/faq/');
  const link = page.getByRole('link', { name: 'View as Markdown' });
  await link.focus();
  await expect(link).toBeFocused();
  await expect(link).toHaveCSS('outline-style', 'solid');
});
