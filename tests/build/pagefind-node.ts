import path from 'node:path';
import { distDir } from '../../scripts/paths.ts';
import { startServer } from '../../scripts/serve.ts';
import type { Pagefind } from '../../src/search/pagefind-api';
import type { SearchDependencies } from '../../src/search/run-search';
import { pagefindPath, pagefindScriptPath, searchWordsPath, withBase } from '../../src/routes';
import { pagefindOptions } from '../../src/search/options';

export interface BuiltSearch extends SearchDependencies {
  /** Origin of the local server; Pagefind's result URLs start with it. */
  readonly origin: string;
  readonly close: () => Promise<void>;
}

/**
 * The built site's search, run in Node: Pagefind's browser API (dist/pagefind/pagefind.js) with
 * the site's own options. pagefind.js fetches its index over HTTP, so the build is served locally
 * by the site's own server (scripts/serve.ts).
 */
export async function openBuiltSearch(site = { dist: distDir, base: '/' }): Promise<BuiltSearch> {
  // Served under the site's base path, as a host would: /docs/faq/ is dist/faq/index.html.
  const server = await startServer(site);
  const { origin } = server;
  const pagefind = (await import(path.join(site.dist, pagefindScriptPath))) as Pagefind;
  await pagefind.options({ ...pagefindOptions, basePath: origin + withBase(pagefindPath, site.base) });
  let words: Promise<string[]> | undefined;
  return {
    origin,
    pagefind,
    vocabulary: () => (words ??= fetch(origin + withBase(searchWordsPath, site.base)).then((r) => r.json() as Promise<string[]>)),
    close: async () => {
      await pagefind.destroy();
      await server.close();
    },
  };
}

/** A result URL as the page path and fragment a reader lands on: "/faq/#id" (origin and highlight parameters dropped). */
export function landing(url: string): string {
  const parsed = new URL(url, 'http://localhost');
  return `${parsed.pathname}${parsed.hash}`;
}
