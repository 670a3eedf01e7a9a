import { expect, expectBelowHeader, test } from './fixtures';

const article = '/kafka-streams-vs-spark/';

test.describe('table of contents on wide screens', () => {
  test.skip(({ isMobile }) => isMobile, 'the sticky list shows from 1024 px');

  test('marks the section in view after scrolling', async ({ page }) => {
    await page.goto(article);
    const toc = page.locator('.toc-full');
    await page.locator('#state-and-recovery').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect(toc.getByRole('link', { name: 'State and recovery' })).toHaveAttribute('aria-current', 'true');
    await expect(toc.locator('[aria-current="true"]')).toHaveCount(1);
    await page.locator('#running-both').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect(toc.getByRole('link', { name: 'Running both' })).toHaveAttribute('aria-current', 'true');
  });

  test('marks the section a shared link lands on', async ({ page }) => {
    await page.goto(`${article}#delivery-guarantees`);
    await expect(page.locator('.toc-full').getByRole('link', { name: 'Delivery guarantees' })).toHaveAttribute('aria-current', 'true');
  });
});

test.describe('table of contents on phones', () => {
  test.skip(({ isMobile }) => !isMobile, 'the collapsible list is for narrow screens');

  test('opens, jumps, closes, and names the current section', async ({ page }) => {
    await page.goto(article);
    await expect(page.locator('.toc-full')).toBeHidden();
    const details = page.locator('details.toc-compact');
    await details.locator('summary').click();
    await expect(details).toHaveAttribute('open', '');
    await details.getByRole('link', { name: 'Delivery guarantees' }).click();
    await expect(details).not.toHaveAttribute('open', '');
    await expect(page).toHaveURL(/#delivery-guarantees$/);
    await expectBelowHeader(page, page.locator('#delivery-guarantees'));
    await expect(details.locator('[data-toc-current]')).toHaveText('Delivery guarantees');
  });

  test('the summary keeps its height when the current section changes (no layout shift)', async ({ page }) => {
    await page.goto(article);
    const summary = page.locator('details.toc-compact summary');
    const before = await summary.boundingBox();
    await page.locator('#where-kafka-streams-defaults-add-delay').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect(summary.locator('[data-toc-current]')).not.toHaveText('');
    expect((await summary.boundingBox())?.height).toBe(before?.height);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('TOC links and self-links are plain links that land', async ({ page, isMobile }) => {
    await page.goto(article);
    if (isMobile) await page.locator('details.toc-compact summary').click();
    const toc = page.locator(isMobile ? 'details.toc-compact' : '.toc-full');
    await toc.getByRole('link', { name: 'State and recovery' }).click();
    await expect(page).toHaveURL(/#state-and-recovery$/);
    await expectBelowHeader(page, page.locator('#state-and-recovery'));
    await page.getByRole('link', { name: 'Section titled “Running both”' }).click();
    await expect(page).toHaveURL(/#running-both$/);
    await expectBelowHeader(page, page.locator('#running-both'));
  });
});
