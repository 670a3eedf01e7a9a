import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadBudgets } from '../../scripts/bench/budgets.ts';
import { htmlAssets, inlineCodeGzipBytes, staticImports } from '../../scripts/bench/html-assets.ts';
import { dist } from './dist';

/**
 * The deterministic budgets of scripts/bench/budgets.json (BUDGETS_FILE points at another copy), checked on
 * the built comparison article and the other reading pages it lists: requests its HTML makes the browser send at first load, and the
 * gzip size of the CSS and JS it runs. Timings are measured by `npm run bench` only.
 */
const budgets = loadBudgets(process.env['BUDGETS_FILE'] || undefined);
const { path: pagePath, maxRequests, maxCssJsGzipKiB } = budgets.comparison;
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
  return { requests: ['document', ...fetched.map((f) => `${f.kind} ${f.url.pathname}`)], cssJsGzipBytes: gzipBytes, jsGzipBytes };
}

for (const readingPath of [pagePath, ...(budgets.comparison.readingPaths ?? [])]) {
  describe(`budgets of the reading page ${readingPath} (scripts/bench/budgets.json, comparison)`, () => {
    const page = firstLoad(readingPath);

    it(`makes at most ${maxRequests} requests at first load`, () => {
      expect(page.requests.length, page.requests.join('\n')).toBeLessThanOrEqual(maxRequests);
    });

    it(`ships at most ${maxCssJsGzipKiB} KiB of CSS and JS, gzip`, () => {
      expect(page.cssJsGzipBytes / 1024).toBeLessThanOrEqual(maxCssJsGzipKiB);
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
