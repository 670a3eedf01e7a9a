import { describe, expect, it } from 'vitest';
import { breadcrumbJsonLd, faqPageJsonLd, serializeJsonLd, siteJsonLd, techArticleJsonLd } from '../../../src/page-meta/json-ld';

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

describe('site and article structured data', () => {
  const article = techArticleJsonLd({
    headline: 'H',
    description: 'D',
    url: 'https://s/a/',
    image: 'https://s/og/a.png',
    published: '2026-11-01',
    modified: '2026-11-25',
    publisher: 'S',
    homeUrl: 'https://s/',
  });

  it('describes the article with dates and an organisation as author', () => {
    expect(article).toMatchObject({
      '@type': 'TechArticle',
      datePublished: '2026-11-01',
      dateModified: '2026-11-25',
      author: { '@type': 'Organization', name: 'S' },
    });
  });

  it('describes the site and its publisher on the home page, and the article refers to both by the same absolute @id', () => {
    const [website, organization] = siteJsonLd({ name: 'S', description: 'D', homeUrl: 'https://s/' })['@graph'];
    expect(website).toMatchObject({
      '@type': 'WebSite',
      '@id': 'https://s/#website',
      url: 'https://s/',
      publisher: { '@id': 'https://s/#organization' },
    });
    expect(organization).toEqual({ '@type': 'Organization', '@id': 'https://s/#organization', name: 'S', url: 'https://s/' });
    expect(article.isPartOf).toEqual({ '@id': website?.['@id'] });
    expect(article.publisher).toEqual({ '@id': organization?.['@id'] });
    expect(article.author['@id']).toBe(organization?.['@id']);
    // The organisation's own details (its URL) stay on the home page.
    expect(article.author).not.toHaveProperty('url');
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
