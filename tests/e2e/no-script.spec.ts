import { expect, expectBelowHeader, test } from './fixtures';
import { anchoredPaths, sitePaths } from './pages';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of sitePaths) {
    test(`${path} reads completely, shows no control that needs a script, and its navigation works`, async ({ page }) => {
      await page.goto(path);
      const main = page.getByRole('main');
      const headings = main.locator('h1, h2, h3');
      expect(await headings.count()).toBeGreaterThan(0);
      for (const heading of await headings.all()) await expect(heading).toBeVisible();
      // A button does nothing without a script, so none may be shown.
      const buttons = await page
        .locator('button')
        .evaluateAll((all) => all.filter((b) => b.checkVisibility()).map((b) => b.outerHTML.slice(0, 80)));
      expect(buttons).toEqual([]);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'FAQ' }).click();
      await expect(page).toHaveURL(/\/faq\/$/);
    });
  }

  for (const path of anchoredPaths) {
    test(`${path}: links to its sections land below the header`, async ({ page }) => {
      await page.goto(path);
      const ids = await page.locator('a.self-link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
      const last = ids.at(-1) ?? '';
      await page.goto(`${path}#${last}`);
      await expectBelowHeader(page, page.locator(`[id="${last}"]`));
      await page.locator(`a.self-link[href="#${ids[0]}"]`).click();
      await expect(page).toHaveURL(new RegExp(`#${ids[0]}$`));
      await expectBelowHeader(page, page.locator(`[id="${ids[0]}"]`));
    });
  }
});
