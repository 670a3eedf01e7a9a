import { expect, schemes, test } from './fixtures';
import { sitePaths, tablePaths } from './pages';

test.describe('header navigation', () => {
  test('at 360 px the header keeps to two lines, and More lists every other page from the keyboard', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/faq/');
    const header = page.locator('.site-header');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'FAQ' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Glossary' })).toBeVisible();
    const lineHeight = await nav.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect(await nav.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(2 * lineHeight + 8);
    const more = nav.locator('summary', { hasText: 'More' });
    await more.focus();
    await page.keyboard.press('Enter');
    const list = nav.locator('.nav-more ul');
    await expect(list).toBeVisible();
    const hrefs = await list.getByRole('link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const path of ['/what-is-kafka-streams/', '/scaling-kafka-streams/', '/kafka-streams-vs-flink/', ...tablePaths]) {
      expect(hrefs).toContain(path);
    }
    // The open list stays inside the screen.
    const box = await list.boundingBox();
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 360).toBe(true);
    await expect(header).toBeVisible();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('More opens and its links work', async ({ page }) => {
      await page.goto('/');
      await page.getByRole('navigation', { name: 'Main' }).locator('summary').click();
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: /Scaling/ })
        .click();
      await expect(page).toHaveURL(/\/scaling-kafka-streams\/$/);
    });
  });
});

test('the footer reaches every page', async ({ page }) => {
  await page.goto('/glossary/');
  const hrefs = await page
    .getByRole('navigation', { name: 'All pages' })
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  for (const path of sitePaths.filter((p) => p !== '/')) expect(hrefs).toContain(path);
});

test('an article shows its breadcrumb trail and related articles, and links back to the comparison', async ({ page }) => {
  await page.goto('/what-is-kafka-streams/');
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText('What is Kafka Streams?');
  const related = page.locator('section.related');
  await expect(related.getByRole('link', { name: 'Kafka Streams vs Spark Structured Streaming' })).toBeVisible();
  await expect(related.getByRole('link', { name: /Spark Structured Streaming\?$/ })).toHaveCount(0);
  expect(await page.locator('.prose a[href^="/kafka-streams-vs-spark/"]').count()).toBeGreaterThan(0);
});

for (const colorScheme of schemes) {
  test(`a code block's copy button copies the code and says so, without moving anything (${colorScheme})`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.emulateMedia({ colorScheme });
    await page.goto('/what-is-kafka-streams/#a-minimal-application');
    const frame = page
      .locator('.code-frame')
      .filter({ has: page.locator('pre[data-language="java"]') })
      .first();
    const button = frame.getByRole('button', { name: 'Copy java code' });
    await expect(button).toBeVisible();
    expect(await button.evaluate((el) => getComputedStyle(el).position)).toBe('absolute');
    // Positions in the document, so scrolling the button into view does not count as a move.
    const place = () =>
      frame.locator('pre').evaluate((pre) => {
        const r = pre.getBoundingClientRect();
        return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
      });
    const before = await place();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#announcer')).toHaveText('Code copied');
    await expect(button).toHaveText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await frame.locator('pre code').textContent());
    expect(copied).toContain('import org.apache.kafka.streams');
    expect(await place()).toEqual(before);
  });
}

test.describe('copy buttons without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('are absent, not broken', async ({ page }) => {
    await page.goto('/what-is-kafka-streams/');
    expect(await page.locator('.code-frame').count()).toBeGreaterThan(0);
    await expect(page.locator('button.copy-code')).toHaveCount(0);
  });
});

test.describe('glossary', () => {
  test('a term link in an article lands on its entry, which links back to where the term matters', async ({ page }) => {
    await page.goto('/scaling-kafka-streams/');
    const term = page.locator('.prose a.term').first();
    const href = (await term.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/glossary\/#[a-z0-9-]+$/);
    await term.click();
    const id = href.split('#')[1] ?? '';
    const heading = page.locator(`h2#${id}`);
    await expect(heading).toBeInViewport();
    const entry = page.locator('section.glossary-entry', { has: heading });
    await expect(entry.locator('.glossary-links a').first()).toHaveAttribute('href', /^\/[a-z0-9-]+\/#[a-z0-9-]+$/);
  });

  test('lists at least thirty terms, each with a linkable heading', async ({ page }) => {
    await page.goto('/glossary/');
    const ids = await page.locator('section.glossary-entry h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids.length).toBeGreaterThanOrEqual(30);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

test('the home page gives each kind of reader a path', async ({ page }) => {
  await page.goto('/');
  for (const name of ['Deciding', 'Learning', 'Operating']) {
    const path = page.getByRole('region', { name });
    await expect(path).toBeVisible();
    expect(await path.getByRole('link').count()).toBeGreaterThanOrEqual(3);
  }
  for (const path of sitePaths.filter((p) => p !== '/')) {
    expect(await page.locator(`main a[href="${path}"], main a[href^="${path}#"]`).count(), path).toBeGreaterThan(0);
  }
});

for (const path of tablePaths) {
  for (const width of [360, 1280]) {
    test(`${path} at ${width} px: every cell readable without sideways scrolling on phones, with table semantics kept`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const table = page.getByRole('table');
      const rows = await table.locator('tbody tr').count();
      const systems = await table.locator('thead th').count();
      // The accessibility tree still holds a table of rows with a row header and one cell per system.
      await expect(table.getByRole('row')).toHaveCount(rows + 1);
      await expect(table.getByRole('rowheader')).toHaveCount(rows);
      await expect(table.getByRole('cell')).toHaveCount(rows * (systems - 1));
      await expect(table.getByRole('columnheader')).toHaveCount(systems);
      const region = page.locator('.table-scroll');
      const overflow = await region.evaluate((el) => el.scrollWidth - el.clientWidth);
      if (width === 360) {
        expect(overflow).toBeLessThanOrEqual(0);
        // Each cell names its column above its text.
        const label = await table
          .locator('tbody td')
          .first()
          .evaluate((td) => getComputedStyle(td, '::before').content);
        expect(label).toMatch(/Kafka Streams/);
      }
    });
  }
}
