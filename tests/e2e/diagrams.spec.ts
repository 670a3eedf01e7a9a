import type { Page } from '@playwright/test';
import { diagramInfo } from '../../src/diagrams/diagrams';
import { violations } from './axe';
import { expect, test } from './fixtures';

/** Each page that shows diagrams, with the ids it shows. */
const pages = {
  '/what-is-kafka-streams/': ['kafka-streams-app'],
  '/what-is-spark-structured-streaming/': ['spark-query'],
  '/kafka-streams-vs-spark/': ['kafka-streams-app', 'spark-query', 'both-at-the-boundary'],
} as const;

/** The three ways a reader gets a colour scheme: the system's light or dark, or the theme switch. */
const schemes = [
  { name: 'light', media: 'light', stored: null },
  { name: 'dark (system)', media: 'dark', stored: null },
  { name: 'dark (theme switch)', media: 'light', stored: 'dark' },
] as const;

const figure = (page: Page, id: string) => page.locator(`figure.diagram[data-diagram="${id}"]`);

for (const [path, ids] of Object.entries(pages)) {
  test.describe(path, () => {
    test('each diagram is an inline svg image with a name, a description and real text', async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('figure.diagram')).toHaveCount(ids.length);
      for (const id of ids) {
        const { title, desc, caption } = diagramInfo(id);
        const svg = figure(page, id).locator('svg');
        await expect(svg).toHaveAttribute('role', 'img');
        await expect(svg).toHaveAccessibleName(title);
        await expect(svg).toHaveAccessibleDescription(desc);
        await expect(figure(page, id).locator('figcaption')).toHaveText(caption);
        expect(await svg.locator('text').count()).toBeGreaterThan(10);
        await expect(figure(page, id).locator('[style]')).toHaveCount(0);
        await expect(figure(page, id).locator('img, image')).toHaveCount(0);
        // Every label lies inside the drawing, and inside the innermost box it starts in: none spills over an edge.
        const outside = await svg.evaluate((el: SVGSVGElement) => {
          const { width, height } = el.viewBox.baseVal;
          const boxes = [...el.querySelectorAll('rect')].map((r) => r.getBBox());
          const within = (b: DOMRect, r: DOMRect) =>
            b.x >= r.x && b.y >= r.y && b.x + b.width <= r.x + r.width && b.y + b.height <= r.y + r.height;
          return [...el.querySelectorAll('text')]
            .filter((t) => {
              const b = t.getBBox();
              const [home] = boxes
                .filter(
                  (r) => b.x + 1 >= r.x && b.x + 1 <= r.x + r.width && b.y + b.height / 2 >= r.y && b.y + b.height / 2 <= r.y + r.height,
                )
                .sort((p, q) => p.width * p.height - q.width * q.height);
              return !within(b, new DOMRect(0, 0, width, height)) || (home !== undefined && !within(b, home));
            })
            .map((t) => t.textContent);
        });
        expect(outside).toEqual([]);
      }
    });

    for (const scheme of schemes) {
      test(`the diagrams pass axe in ${scheme.name}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme.media });
        if (scheme.stored) await page.addInitScript((theme) => localStorage.setItem('theme', theme), scheme.stored);
        await page.goto(path);
        const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
        expect(background === 'rgb(255, 255, 255)', background).toBe(scheme.name === 'light');
        expect(await violations(page, 'figure.diagram')).toEqual([]);
      });
    }

    test('on a 360 px phone the text stays at 11 px or more and nothing overflows', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(path);
      for (const id of ids) {
        const svg = figure(page, id).locator('svg');
        const smallest = await svg.evaluate((el: SVGSVGElement) => {
          const scale = el.getBoundingClientRect().width / el.viewBox.baseVal.width;
          return Math.min(...[...el.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
        });
        expect(smallest).toBeGreaterThanOrEqual(11);
        const box = await figure(page, id).boundingBox();
        expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 999) <= 360).toBe(true);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });
  });
}
