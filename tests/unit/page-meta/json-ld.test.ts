import { describe, expect, it } from 'vitest';
import { breadcrumbJsonLd, faqPageJsonLd, serializeJsonLd, techArticleJsonLd } from '../../../src/page-meta/json-ld';

describe('faqPageJsonLd', () => {
  it('builds one Question per entry with its accepted answer', () => {
    const data = faqPageJsonLd([{ question: 'Is it?', answer: 'Yes.' }]);
    expect(data.mainEntity).toEqual([{ '@type': 'Question', name: 'Is it?', acceptedAnswer: { '@type': 'Answer', text: 'Yes.' } }]);
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element it is written into', () => {
    const json = serializeJsonLd({ text: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script>' });
  });
});

describe('article structured data', () => {
  it('describes the article with dates and an organisation as author', () => {
    const data = techArticleJsonLd({
      headline: 'H',
      description: 'D',
      url: 'https://s/a/',
      image: 'https://s/og/a.png',
      published: '2026-11-01',
      modified: '2026-11-25',
      publisher: 'S',
      publisherUrl: 'https://s/',
    });
    expect(data).toMatchObject({
      '@type': 'TechArticle',
      datePublished: '2026-11-01',
      dateModified: '2026-11-25',
      author: { '@type': 'Organization', name: 'S' },
    });
  });

  it('numbers breadcrumb positions from one', () => {
    expect(
      breadcrumbJsonLd([
        { name: 'Home', url: 'https://s/' },
        { name: 'A', url: 'https://s/a/' },
      ]).itemListElement.map((i) => i.position),
    ).toEqual([1, 2]);
  });
});
