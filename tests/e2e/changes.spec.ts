import { expect, expectBelowHeader, test } from './fixtures';

test.describe('what changed', () => {
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the project filter is links: each shows one group, its URL can be shared, and “All” shows every group', async ({ page }) => {
      await page.goto('/changes/');
      const groups = page.locator('.log-group');
      const count = await groups.count();
      expect(count).toBeGreaterThanOrEqual(4);
      await expect(groups.filter({ visible: true })).toHaveCount(count);

      const filter = page.getByRole('navigation', { name: 'Show the changes of' });
      await filter.getByRole('link', { name: /^Spark/ }).focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/changes\/#spark$/);
      await expect(groups.filter({ visible: true })).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 2, name: 'Spark' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: 'Kafka' })).toBeHidden();

      await page.goto('/changes/#corrections');
      await expect(groups.filter({ visible: true })).toHaveCount(1);
      await expect(page.locator('.change-entry[data-kind="correction"]').first()).toBeVisible();
      await expect(page.locator('.change-entry[data-kind="change"]').first()).toBeHidden();

      await filter.getByRole('link', { name: 'All' }).click();
      await expect(groups.filter({ visible: true })).toHaveCount(count);
    });
  });

  test('a “Changed in” badge in the comparison leads to its entry, which links back to the section', async ({ page }) => {
    await page.goto('/kafka-streams-vs-spark/');
    const badge = page.locator('.section-meta .changed-badge').first();
    const id = (await badge.getAttribute('data-change')) ?? '';
    expect(id).not.toBe('');
    await badge.click();
    await expect(page).toHaveURL(new RegExp(`/changes/#${id}$`));
    const heading = page.locator(`h3[id="${id}"]`);
    await expectBelowHeader(page, heading);
    const entry = page.locator('.change-entry', { has: heading });
    await expect(entry.locator('.change-source').getByRole('link')).toHaveAttribute('href', /^https:\/\//);
    await entry.locator('.change-affects a[href*="/kafka-streams-vs-spark/#"]').first().click();
    await expect(page).toHaveURL(/\/kafka-streams-vs-spark\/#/);
    await expect(page.locator(`.changed-badge[data-change="${id}"]`).first()).toBeVisible();
  });

  test('a version-matrix row lands from a shared link, reads without sideways scrolling, and its cells open their entries', async ({
    page,
  }) => {
    await page.goto('/versions/#streams-protocol');
    const row = page.locator('tr#streams-protocol');
    await expectBelowHeader(page, row);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const cells = row.getByRole('cell');
    expect(await cells.count()).toBeGreaterThanOrEqual(5);
    const changed = row.locator('td.changed-here').first();
    const link = changed.getByRole('link');
    const href = (await link.getAttribute('href')) ?? '';
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expectBelowHeader(page, page.locator(`h3[id="${href.split('#')[1]}"]`));
  });

  test('every section of an article offers a report link that names the section', async ({ page }) => {
    await page.goto('/what-is-kafka-streams/');
    const headings = page.locator('.prose > .anchor-heading > h2');
    const reports = page.getByRole('link', { name: /^Report an error in “/ });
    await expect(reports).toHaveCount(await headings.count());
    const first = reports.first();
    await expect(first).toHaveAccessibleName(`Report an error in “${(await headings.first().textContent())?.trim()}”`);
    expect(decodeURIComponent((await first.getAttribute('href')) ?? '')).toContain(
      `/what-is-kafka-streams/#${await headings.first().getAttribute('id')}`,
    );
  });
});
