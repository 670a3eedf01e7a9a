import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { distDir } from '../../scripts/paths.ts';

/** The built site under test: DIST when set (a build in another folder), else dist/. */
export const dist = distDir;

if (!existsSync(path.join(dist, 'index.html'))) {
  throw new Error(`No built site in ${dist}: run \`npm run build\` before the build checks.`);
}

/** Every HTML page in dist/, by URL path ("/faq/"). */
export function pages(): { url: string; file: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? e.name === 'pagefind' || e.name === '_astro'
          ? []
          : walk(path.join(dir, e.name))
        : e.name.endsWith('.html')
          ? [path.join(dir, e.name)]
          : [],
    );
  return walk(dist)
    .map((file) => ({ file, url: `/${path.relative(dist, file)}`.replace(/index\.html$/, '') }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

const cache = new Map<string, HTMLElement>();

/** The parsed document of the page at a URL path. */
export function page(url: string): HTMLElement {
  const file = path.join(dist, url.endsWith('/') ? `${url}index.html` : url);
  let doc = cache.get(file);
  if (!doc) {
    doc = parse(readFileSync(file, 'utf8'));
    cache.set(file, doc);
  }
  return doc;
}

/** A node of a page's structured data (JSON-LD), with the nodes of an @graph listed one by one. */
export type JsonLdNode = Record<string, unknown> & { '@type'?: string; '@id'?: string };

/** Every top-level structured-data node a page carries, from all its JSON-LD scripts. */
export function structuredData(url: string): JsonLdNode[] {
  return page(url)
    .querySelectorAll('script[type="application/ld+json"]')
    .flatMap((s) => {
      const data = JSON.parse(s.text) as JsonLdNode & { '@graph'?: JsonLdNode[] };
      return data['@graph'] ?? [data];
    });
}
