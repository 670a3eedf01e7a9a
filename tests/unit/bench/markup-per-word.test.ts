import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { mainWords, markupBytes, markupPerWord, stripDataAndDrawings, textFloorBytes } from '../../../scripts/bench/markup-per-word.ts';

const page = (head: string, main: string) =>
  `<!doctype html><html><head>${head}</head><body><header>Site</header><main>${main}</main></body></html>`;

describe('stripDataAndDrawings', () => {
  it('removes JSON-LD and inline SVG (nested SVG once) and keeps every other byte', () => {
    const html = page(
      '<script type="application/ld+json">{"@type":"Article"}</script><script type="module" src="/a.js"></script>',
      '<p>One <svg viewBox="0 0 1 1"><svg><rect/></svg><text>label</text></svg>two</p><script>go()</script>',
    );
    expect(stripDataAndDrawings(html)).toBe(page('<script type="module" src="/a.js"></script>', '<p>One two</p><script>go()</script>'));
  });

  it('leaves a page without either untouched', () => {
    const html = page('<title>t</title>', '<p>text</p>');
    expect(stripDataAndDrawings(html)).toBe(html);
  });
});

describe('mainWords', () => {
  it('counts the words of <main> only, without code blocks, scripts, styles and drawings', () => {
    const html = page(
      '<title>not counted</title>',
      '<h1>Two words</h1><p>Inline <code>code</code> counts.</p><pre><code>int x = 1;</code></pre>' +
        '<script>let a = 1</script><style>p { color: red }</style><svg><text>drawn label</text></svg>',
    );
    expect(mainWords(html)).toBe(5);
  });

  it('separates words at block boundaries, as a reader sees them, but not inside inline runs', () => {
    expect(mainWords(page('', '<ul><li>one</li><li>two</li></ul><p>glued<sup>1</sup> word</p>'))).toBe(4);
  });

  it('is 0 for a page without <main>', () => {
    expect(mainWords('<p>no main</p>')).toBe(0);
  });
});

describe('markupPerWord', () => {
  it('is the gzip -9 bytes beyond the chrome page, in KiB per 1,000 words', () => {
    const chrome = page('<title>404</title>', '<p>Not found</p>');
    const html = page('<title>Article</title>', `<p>${Array.from({ length: 1000 }, (_, i) => `word${i}`).join(' ')}</p>`);
    const result = markupPerWord(html, chrome);
    const bytes = gzipSync(html, { level: 9 }).length - gzipSync(chrome, { level: 9 }).length;
    expect(result.words).toBe(1000);
    expect(result.bytes).toBe(bytes);
    expect(result.kibPer1000Words).toBeCloseTo(bytes / 1024);
  });

  it('does not count JSON-LD or drawings as markup', () => {
    const chrome = page('', '');
    const plain = page('', '<p>a b c</p>');
    const withData = page(
      `<script type="application/ld+json">${'{"x":1}'.repeat(500)}</script>`,
      '<p>a b c</p><svg><path d="M0 0"/></svg>',
    );
    expect(markupBytes(withData)).toBe(markupBytes(plain));
    expect(markupPerWord(withData, chrome)).toEqual(markupPerWord(plain, chrome));
  });
});

describe('textFloorBytes', () => {
  it('is the gzip -9 of the text of <main> alone, code blocks kept and drawings, scripts and styles left out', () => {
    const html = page(
      '<title>t</title>',
      '<p>Read <a href="https://example.org/a/long/path">this</a>.</p><pre><code><span class="k">int</span> x;</code></pre>' +
        '<svg><text>drawn</text></svg><script>go()</script>',
    );
    expect(textFloorBytes(html)).toBe(gzipSync(' Read this. int x; ', { level: 9 }).length);
  });

  it('gives each page its markup over that floor', () => {
    const words = Array.from({ length: 300 }, (_, i) => `word${i}`).join(' ');
    const bare = markupPerWord(page('', `<p>${words}</p>`), page('', ''));
    const linked = markupPerWord(page('', `<p>${words.replaceAll(/word(\d+)/g, '<a href="#n$1">word$1</a>')}</p>`), page('', ''));
    expect(linked.floorKiBPer1000Words).toBeCloseTo(bare.floorKiBPer1000Words);
    expect(linked.overFloor).toBeGreaterThan(bare.overFloor + 0.5);
  });
});
