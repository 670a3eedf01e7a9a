import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { expectBelowHeader, test } from './fixtures';

const content = path.resolve(import.meta.dirname, '../../content');
const faqIds = readdirSync(path.join(content, 'faq')).map((f) => f.replace(/\.mdx$/, ''));
const table = parseYaml(readFileSync(path.join(content, 'comparisons/kafka-streams-vs-spark.yaml'), 'utf8')) as { rows: { id: string }[] };

/** Every public id of a page lands on top, below the sticky header, when its URL is opened. */
const targets = [
  { url: '/kafka-streams-vs-spark/table/', ids: table.rows.map((r) => r.id) },
  { url: '/faq/', ids: faqIds },
  { url: '/kafka-streams-vs-spark/', ids: [...table.rows.map((r) => `table-${r.id}`), ...faqIds] },
];

for (const { url, ids } of targets) {
  test(`every table row and FAQ id on ${url} lands below the header`, async ({ page }) => {
    await page.goto(url);
    for (const id of ids) {
      // A same-page fragment navigation, as when a reader opens a shared link with the page cached.
      await page.goto(`${url}#${id}`);
      await expectBelowHeader(page, page.locator(`[id="${id}"]`));
    }
  });
}
