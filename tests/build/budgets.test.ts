import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadBudgets, weighedPaths } from '../../scripts/bench/budgets.ts';
import { htmlAssets, inlineCodeGzipBytes, staticImports } from '../../scripts/bench/html-assets.ts';
import { measureMarkup } from '../../scripts/bench/markup-per-word.ts';
import { dist } from './dist';

/**
 * The deterministic budgets of scripts/bench/budgets.json (BUDGETS_FILE points at another copy), checked on
 * the built reading pages it lists and the decision guide: requests a page's HTML makes the browser send at
 * first load, the gzip size of the CSS and JS it runs, no web font; and the markup per word of the prose
 * pages. Timings are measured by `npm run bench` only.
 */
const budgets = loadBudgets(process.env['BUDGETS_FILE'] || undefined);
const { maxRequests, maxCssJsGzipKiB, maxFontRequests } = budgets.reading;
const origin = 'http://site.invalid';

/** The file in dist/ a same-origin URL names; throws for another origin. */
function distFile(url: URL): string {
  if (url.origin !== origin) throw new Error(`${url.href} is loaded from another origin`);
  return path.join(dist, decodeURIComponent(url.pathname));
}

/** What the page fetches at first load: its HTML's assets plus the modules its scripts import statically. */
function firstLoad(urlPath: string) {
  const assets = htmlAssets(readFileSync(path.join(dist, urlPath, 'index.html'), 'utf8'));
  const fetched = assets.requests.map((r) => ({ kind: r.kind, url: new URL(r.url, origin + urlPath) }));
  const code = fetched.filter(
    (r) => r.kind === 'stylesheet' || r.kind === 'script' || (r.kind === 'preload' && /\.m?js$/.test(r.url.pathname)),
  );
  for (let i = 0; i < code.length; i++) {
    const entry = code[i];
    if (!entry || !/\.m?js$/.test(entry.url.pathname)) continue;
    for (const specifier of staticImports(readFileSync(distFile(entry.url), 'utf8'))) {
      const url = new URL(specifier, entry.url);
      if (fetched.some((f) => f.url.href === url.href)) continue;
      fetched.push({ kind: 'script', url });
      code.push({ kind: 'script', url });
    }
  }
  const gzip = (c: { url: URL }) => gzipSync(readFileSync(distFile(c.url))).length;
  const gzipBytes = code.reduce((sum, c) => sum + gzip(c), 0) + inlineCodeGzipBytes(assets);
  const js = code.filter((c) => /\.m?js$/.test(c.url.pathname));
  const jsGzipBytes = js.reduce((sum, c) => sum + gzip(c), 0) + (assets.inlineJs.length ? gzipSync(assets.inlineJs.join('\n')).length : 0);
  // A font is fetched when the HTML preloads one or a stylesheet (or inline style) declares one.
  const css = [
    ...assets.inlineCss,
    ...code.filter((c) => c.url.pathname.endsWith('.css')).map((c) => readFileSync(distFile(c.url), 'utf8')),
  ];
  const fonts = [
    ...fetched.filter((f) => /\.(woff2?|ttf|otf)$/.test(f.url.pathname)).map((f) => f.url.pathname),
    ...css.flatMap((sheet) => sheet.match(/@font-face\s*{[^}]*}/g) ?? []),
  ];
  return { requests: ['document', ...fetched.map((f) => `${f.kind} ${f.url.pathname}`)], cssJsGzipBytes: gzipBytes, jsGzipBytes, fonts };
}

for (const readingPath of budgets.reading.paths) {
  describe(`budgets of the reading page ${readingPath} (scripts/bench/budgets.json, reading)`, () => {
    const page = firstLoad(readingPath);

    it(`makes at most ${maxRequests} requests at first load`, () => {
      expect(page.requests.length, page.requests.join('\n')).toBeLessThanOrEqual(maxRequests);
    });

    it(`ships at most ${maxCssJsGzipKiB} KiB of CSS and JS, gzip`, () => {
      expect(page.cssJsGzipBytes / 1024).toBeLessThanOrEqual(maxCssJsGzipKiB);
    });

    it(`loads at most ${maxFontRequests} web fonts`, () => {
      expect(page.fonts.length, page.fonts.join('\n')).toBeLessThanOrEqual(maxFontRequests);
    });
  });
}

describe(`budgets of the decision guide ${budgets.guide.path} (scripts/bench/budgets.json)`, () => {
  const { path: guidePath, maxRequests: guideRequests, maxJsGzipKiB } = budgets.guide;
  const page = firstLoad(guidePath);

  it(`makes at most ${guideRequests} requests at first load`, () => {
    expect(page.requests.length, page.requests.join('\n')).toBeLessThanOrEqual(guideRequests);
  });

  it(`ships at most ${maxJsGzipKiB} KiB of JS, gzip`, () => {
    expect(page.jsGzipBytes / 1024).toBeLessThanOrEqual(maxJsGzipKiB);
  });
});

describe('markup per word of the prose pages (scripts/bench/budgets.json, markupPerWord)', () => {
  const { maxOverTextFloor } = budgets.markupPerWord;
  const pages = measureMarkup(dist, { ...budgets.markupPerWord, reportedPaths: [] });

  it.each(pages.map((p) => [p.path, p] as const))(
    `%s spends at most ${maxOverTextFloor}× its text alone, gzip, on markup and text together`,
    (_, page) => {
      expect(page.words, 'words in <main>').toBeGreaterThan(0);
      expect(
        page.overFloor,
        `${page.bytes} bytes beyond the 404 page for ${page.words} words: ${page.kibPer1000Words.toFixed(2)} KiB per 1,000 words, the text alone ${page.floorKiBPer1000Words.toFixed(2)}`,
      ).toBeLessThanOrEqual(maxOverTextFloor);
    },
  );
});

describe('the pages scripts/bench/budgets.json names', () => {
  it('are all in the build', () => {
    const named = [...weighedPaths(budgets), ...budgets.lighthouse.paths, ...budgets.markupPerWord.reportedPaths, budgets.search.page];
    expect(named.filter((p) => !existsSync(path.join(dist, p, 'index.html')))).toEqual([]);
  });
});
