import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypes } from '../../src/search/facets';
import { page, pages } from './dist';
import { landing, openBuiltSearch, type BuiltSearch } from './pagefind-node';

let search: BuiltSearch;

beforeAll(async () => {
  search = await openBuiltSearch();
});

afterAll(async () => {
  await search?.close();
});

/** Every indexed result under a filter (a null term lists them all), as landing paths. */
async function everything(filters: Record<string, string> = {}): Promise<{ url: string; title: string; type: string }[]> {
  const { results } = await search.pagefind.search(null, { filters });
  return Promise.all(
    results.map(async (r) => {
      const data = await r.data();
      return { url: landing(data.url), title: data.meta['title'] ?? '', type: data.filters['type']?.[0] ?? '' };
    }),
  );
}

describe('the search index', () => {
  it('holds each FAQ entry once, as its own result titled by its question, landing on its id', async () => {
    const faq = page('/faq/');
    const questions = faq.querySelectorAll('.faq-entry h3').map((h) => ({ id: h.id, question: h.text.trim() }));
    expect(questions.length).toBeGreaterThanOrEqual(20);
    const records = await everything({ type: contentTypes.faq });
    expect(records.map((r) => r.url).sort()).toEqual(questions.map((q) => `/faq/#${q.id}`).sort());
    for (const q of questions) expect(records.find((r) => r.url === `/faq/#${q.id}`)?.title).toBe(q.question);
  });

  it('holds each table row once, titled by its dimension, landing on the row on the table page', async () => {
    const tablePages = pages()
      .map((p) => p.url)
      .filter((url) => url.endsWith('/table/'));
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    const rows = tablePages.flatMap((url) =>
      page(url)
        .querySelectorAll('tbody tr[id]')
        .map((row) => ({
          url: `${url}#${row.id}`,
          dimension: row
            .querySelector('th')
            ?.childNodes.filter((n) => n.nodeType === 3)
            .map((n) => n.text)
            .join('')
            .trim(),
        })),
    );
    expect(rows.length).toBeGreaterThanOrEqual(30);
    const records = await everything({ type: contentTypes.tableRow });
    expect(records.map((r) => r.url).sort()).toEqual(rows.map((r) => r.url).sort());
    for (const r of rows) expect(records.find((x) => x.url === r.url)?.title).toBe(r.dimension);
  });

  it('has no two results landing on the same place; pages made of records add only their own text', async () => {
    const all = await everything();
    const urls = all.map((r) => r.url);
    expect(urls.length).toBe(new Set(urls).size);
    expect(all.find((r) => r.url === '/kafka-streams-vs-spark/')?.type).toBe(contentTypes.article);
    // The FAQ page is nothing but its entries; the table page is its introduction, as a Table result.
    expect(urls).not.toContain('/faq/');
    expect(all.find((r) => r.url === '/kafka-streams-vs-spark/table/')?.type).toBe(contentTypes.table);
    const { results } = await search.pagefind.search('"processing model"', { filters: { type: contentTypes.table } });
    expect(results).toEqual([]);
    expect(urls.filter((u) => /404|search/.test(u))).toEqual([]);
  });

  it('leaves out citation labels, so a cited value reads on as its sentence does', async () => {
    const { results } = await search.pagefind.search(null, { filters: { type: contentTypes.article } });
    expect(results.length).toBeGreaterThan(3);
    const texts = await Promise.all(results.map(async (r) => (await r.data()).content));
    // With its label indexed, a cited value would read "100 ms Spark docs".
    expect(texts.join(' ')).not.toMatch(/\d( [a-zA-Z]{1,3})? (Kafka|Spark|Flink) (docs|source|KIP|release|JIRA)\b/);
  });

  it('leaves out navigation, the table of contents, self-link labels and the site footer', async () => {
    // Quoted, so Pagefind matches the exact phrase rather than each common word anywhere.
    for (const chrome of ['skip to content', 'on this page', 'section titled', 'dark theme']) {
      const { results } = await search.pagefind.search(`"${chrome}"`);
      const hits = await Promise.all(results.map(async (r) => landing((await r.data()).url)));
      expect(hits, chrome).toEqual([]);
    }
  });
});
