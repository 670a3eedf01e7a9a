import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { root } from '../../scripts/paths.ts';
import { page, pages, structuredData } from './dist';

const content = path.join(root, 'content');
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

  it('FAQPage structured data appears once on the site: on /faq/, not on the articles that show some of its entries', () => {
    const withFaqPage = pages().filter(({ url }) => structuredData(url).some((d) => d['@type'] === 'FAQPage'));
    expect(withFaqPage.map((p) => p.url)).toEqual(['/faq/']);
  });

  for (const url of ['/faq/']) {
    it(`FAQPage structured data on ${url} lists exactly the visible questions, with their answers`, () => {
      const doc = page(url);
      const faq = structuredData(url).find((d) => d['@type'] === 'FAQPage') as
        { mainEntity?: { name: string; acceptedAnswer: { text: string } }[] } | undefined;
      const entries = doc.querySelectorAll('.faq-entry');
      expect(faq?.mainEntity?.map((q) => q.name)).toEqual(entries.map((e) => e.querySelector('h3')?.text.trim()));
      faq?.mainEntity?.forEach((q, i) => {
        // Typographic quotes are the renderer's; the words must be the same.
        const plain = (text: string) =>
          text
            .replace(/[\u2018\u2019]/g, "'")
            .replace(/[\u201c\u201d]/g, '"')
            .replace(/\s+/g, ' ')
            .trim();
        const visible = plain(
          entries[i]
            ?.querySelectorAll('p')
            // Citation labels are shown beside a value, not part of the answer's words.
            .map((p) => p.querySelectorAll('.cite').reduce((text, cite) => text.replace(`\u00a0${cite.text}`, ''), p.text))
            .join(' ') ?? '',
        );
        // The answer's opening words are what the reader sees first (citation labels aside).
        const firstWords = plain(q.acceptedAnswer.text).split(' ').slice(0, 6).join(' ');
        expect(visible.startsWith(firstWords), q.name).toBe(true);
        // No component markup, fact token or Markdown link may leak; code such as `<application.id>` may stay.
        expect(q.acceptedAnswer.text).not.toMatch(/<\/?(Fact|Term|Callout)\b|\{fact:|\]\(/);
      });
    });
  }
});
