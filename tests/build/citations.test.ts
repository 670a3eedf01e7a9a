import { describe, expect, it } from 'vitest';
import { page, pages } from './dist';

const citing = pages().filter(({ url }) => page(url).querySelector('.cite'));

describe('citations in the served HTML', () => {
  it('the pages that cite facts include the comparison, the FAQ and the glossary', () => {
    expect(citing.map((p) => p.url)).toEqual(expect.arrayContaining(['/kafka-streams-vs-spark/', '/faq/', '/glossary/']));
  });

  it.each(citing)(
    '$url: each citation is one link, set apart from its value, and described by its entry in the Sources section',
    ({ url }) => {
      const doc = page(url);
      for (const cite of doc.querySelectorAll('.cite')) {
        const where = `${url} ${cite.outerHTML}`;
        expect(cite.tagName, where).toBe('A');
        expect(
          cite.childNodes.map((n) => n.nodeType),
          where,
        ).toEqual([3]);
        expect(cite.text, where).toMatch(/^(Kafka|Spark|Flink|Paper)( \w+)?$|^estimate$/);
        // A no-break space: the value and its label never read as one word, nor wrap apart.
        expect(cite.previousSibling?.text.endsWith('\u00a0'), where).toBe(true);
        const described = doc.getElementById(cite.getAttribute('aria-describedby') ?? '');
        expect(described, where).not.toBeNull();
        const href = cite.getAttribute('href') ?? '';
        if (href.startsWith('#')) {
          // An estimate: its link and its description are its entry in the Estimates list.
          expect(described?.id, where).toBe(href.slice(1));
          expect(described?.closest('.sources'), where).not.toBeNull();
        } else {
          // A source: described by its title in the Sources list, which links to the same page.
          expect(described?.closest('.sources li'), where).not.toBeNull();
          expect(described?.getAttribute('href'), where).toBe(href);
        }
      }
    },
  );
});
