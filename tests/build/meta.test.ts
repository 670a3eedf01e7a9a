import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, page, pages, structuredData } from './dist';

const siteOrigin = new URL(page('/').querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '').origin;
const readable = pages().filter((p) => p.url !== '/404.html');

describe('shared-link metadata', () => {
  it.each(readable)('$url: canonical, Open Graph and Twitter card point at this page and its own share card', ({ url }) => {
    const doc = page(url);
    const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content');
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    expect(canonical).toBe(`${siteOrigin}${url}`);
    expect(meta('meta[property="og:url"]')).toBe(canonical);
    expect(meta('meta[property="og:title"]')).toBeTruthy();
    expect(meta('meta[property="og:description"]')).toBe(meta('meta[name="description"]'));
    expect(meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    const image = meta('meta[property="og:image"]') ?? '';
    expect(image.startsWith(`${siteOrigin}/og/`)).toBe(true);
    // The image exists in the build and is a 1200×630 PNG.
    const png = readFileSync(path.join(dist, new URL(image).pathname));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('every page declares the OpenSearch description, whose template opens the search page with the query', () => {
    for (const { url } of pages()) {
      const link = page(url).querySelector('link[rel="search"]');
      expect(link?.getAttribute('type'), url).toBe('application/opensearchdescription+xml');
      expect(link?.getAttribute('href'), url).toBe('/opensearch.xml');
    }
    const xml = readFileSync(path.join(dist, 'opensearch.xml'), 'utf8');
    expect(xml).toContain(`template="${siteOrigin}/search/?q={searchTerms}"`);
    expect(xml).toMatch(/<ShortName>[^<]{1,16}<\/ShortName>/);
  });

  it('the sitemap lists every page once, with absolute URLs, and robots.txt points at it', () => {
    const sitemap = readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]).sort();
    expect(listed).toEqual(readable.map((p) => `${siteOrigin}${p.url}`).sort());
    expect(readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${siteOrigin}/sitemap-index.xml`);
  });

  it('the article carries TechArticle and BreadcrumbList data that match the page', () => {
    const doc = page('/kafka-streams-vs-spark/');
    const data = structuredData('/kafka-streams-vs-spark/');
    const article = data.find((d) => d['@type'] === 'TechArticle');
    expect(article).toMatchObject({
      headline: doc.querySelector('h1')?.text,
      url: `${siteOrigin}/kafka-streams-vs-spark/`,
      dateModified: doc.querySelector('.article-meta time')?.getAttribute('datetime'),
      author: { '@type': 'Organization', '@id': `${siteOrigin}/#organization` },
      publisher: { '@id': `${siteOrigin}/#organization` },
      isPartOf: { '@id': `${siteOrigin}/#website` },
    });
    const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList') as { itemListElement: { item: string }[] } | undefined;
    expect(crumbs?.itemListElement.map((i) => i.item)).toEqual([`${siteOrigin}/`, `${siteOrigin}/kafka-streams-vs-spark/`]);
  });

  it('the site and its publisher are described once, on the home page; every other page refers to them by @id', () => {
    const home = structuredData('/');
    expect(home.map((d) => d['@type']).sort()).toEqual(['Organization', 'WebSite']);
    const described = new Map(home.map((d) => [d['@id'], d]));
    expect(described.get(`${siteOrigin}/#website`)).toMatchObject({
      name: page('/').querySelector('meta[property="og:site_name"]')?.getAttribute('content'),
      url: `${siteOrigin}/`,
    });
    for (const { url } of readable) {
      // Every @id anywhere in the page's data names a node of the home page.
      const ids = JSON.stringify(structuredData(url)).matchAll(/"@id":"([^"]+)"/g);
      for (const [, id] of ids) expect(described.has(id), `${url}: ${id}`).toBe(true);
      if (url === '/') continue;
      // Elsewhere a node carries at most its type and name beside the @id, never the home page's description of it.
      const nodes = structuredData(url).flatMap((d) =>
        Object.values(d).filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && '@id' in v),
      );
      for (const node of nodes)
        expect(
          Object.keys(node).filter((k) => !['@id', '@type', 'name'].includes(k)),
          `${url}: ${JSON.stringify(node)}`,
        ).toEqual([]);
      expect(
        structuredData(url).map((d) => d['@type']),
        url,
      ).not.toContain('WebSite');
      expect(
        structuredData(url).map((d) => d['@type']),
        url,
      ).not.toContain('Organization');
    }
  });

  it('the article shows its reading time and update date', () => {
    const text = page('/kafka-streams-vs-spark/').querySelector('.article-meta')?.text ?? '';
    expect(text).toMatch(/Updated \d{1,2} \w+ 20\d\d · \d+ min read/);
  });
});
