import { describe, expect, it } from 'vitest';
import { breadcrumbJsonLd, techArticleJsonLd } from '../../src/page-meta/json-ld';
import { ogImagePath, ogImageSvg, wrapWords } from '../../src/page-meta/share-card';
import { readingMinutes } from '../../src/lib/reading-time';

describe('share cards', () => {
  it('wraps words into lines and marks text cut at the last line', () => {
    expect(wrapWords('one two three four', 9, 3)).toEqual(['one two', 'three', 'four']);
    expect(wrapWords('one two three four', 9, 2)).toEqual(['one two', 'three…']);
  });

  it('escapes text for SVG', () => {
    const svg = ogImageSvg({ site: 'S', title: 'A <b> & "c"', subtitle: "it's" });
    expect(svg).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
    expect(svg).toContain('it&apos;s');
  });

  it('maps page paths to image paths', () => {
    expect(ogImagePath('/')).toBe('/og/index.png');
    expect(ogImagePath('/faq/')).toBe('/og/faq.png');
    expect(ogImagePath('/a/table/')).toBe('/og/a/table.png');
  });
});

describe('readingMinutes', () => {
  it('counts prose words only, at 220 words a minute, at least one minute', () => {
    const prose = Array.from({ length: 440 }, () => 'word').join(' ');
    const code = `\n\`\`\`java\n${Array.from({ length: 2000 }, () => 'token').join(' ')}\n\`\`\`\n`;
    expect(readingMinutes(`---\ntitle: x\n---\n${prose}${code}<Fact id="a" />`)).toBe(2);
    expect(readingMinutes('short')).toBe(1);
  });
});

describe('article structured data', () => {
  it('describes the article with dates and an organisation as author', () => {
    const data = techArticleJsonLd({ headline: 'H', description: 'D', url: 'https://s/a/', image: 'https://s/og/a.png', published: '2026-11-01', modified: '2026-11-25', publisher: 'S', publisherUrl: 'https://s/' });
    expect(data).toMatchObject({ '@type': 'TechArticle', datePublished: '2026-11-01', dateModified: '2026-11-25', author: { '@type': 'Organization', name: 'S' } });
  });

  it('numbers breadcrumb positions from one', () => {
    expect(breadcrumbJsonLd([{ name: 'Home', url: 'https://s/' }, { name: 'A', url: 'https://s/a/' }]).itemListElement.map((i) => i.position)).toEqual([1, 2]);
  });
});
