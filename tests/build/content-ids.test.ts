import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { page } from './dist';

const content = path.resolve(import.meta.dirname, '../../content');
const faqIds = readdirSync(path.join(content, 'faq')).map((f) => f.replace(/\.mdx$/, ''));
const tableFiles = readdirSync(path.join(content, 'comparisons'));

describe('public ids in the served HTML', () => {
  it('every FAQ entry has its id on /faq/ as a question heading', () => {
    const doc = page('/faq/');
    for (const id of faqIds) expect(doc.querySelector(`h3#${id}`), id).not.toBeNull();
  });

  for (const file of tableFiles) {
    const table = parseYaml(readFileSync(path.join(content, 'comparisons', file), 'utf8')) as { article: string; rows: { id: string }[] };
    it(`every row of ${file} has its id on the table page and a prefixed id in the article`, () => {
      const tablePage = page(`/${table.article}/table/`);
      const article = page(`/${table.article}/`);
      for (const { id } of table.rows) {
        expect(tablePage.querySelector(`tr#${id} > th[scope="row"]`), id).not.toBeNull();
        expect(article.querySelector(`tr#table-${id}`), id).not.toBeNull();
      }
    });
  }

  it('FAQPage structured data on /faq/ lists exactly the visible questions', () => {
    const doc = page('/faq/');
    const json = doc.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.text) as { '@type': string; mainEntity?: { name: string; acceptedAnswer: { text: string } }[] });
    const faq = json.find((d) => d['@type'] === 'FAQPage');
    const visible = doc.querySelectorAll('.faq-entry h3').map((h) => h.text.trim());
    expect(faq?.mainEntity?.map((q) => q.name).sort()).toEqual(visible.sort());
    for (const q of faq?.mainEntity ?? []) expect(q.acceptedAnswer.text.length, q.name).toBeGreaterThan(40);
  });
});
