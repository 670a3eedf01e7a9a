import { createServer, type Server } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import type { Pagefind } from '../../src/search/pagefind-api';
import type { SearchDependencies } from '../../src/search/run-search';
import { pagefindOptions, vocabularyPath } from '../../src/search/options';
import { dist } from './dist';

export interface BuiltSearch extends SearchDependencies {
  /** Origin of the local server; Pagefind's result URLs start with it. */
  readonly origin: string;
  readonly close: () => Promise<void>;
}

/**
 * The built site's search, run in Node: Pagefind's browser API (dist/pagefind/pagefind.js) with
 * the site's own options. pagefind.js fetches its index over HTTP, so dist/ is served locally.
 */
export async function openBuiltSearch(site = { dist, base: '/' }): Promise<BuiltSearch> {
  const files = sirv(site.dist);
  // Served under the site's base path, as a host would: /docs/faq/ is dist/faq/index.html.
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(site.base)) return void res.writeHead(404).end();
    req.url = `/${url.slice(site.base.length)}`;
    files(req, res, () => void res.writeHead(404).end());
  });
  // Pagefind fetches chunks only when a query needs them, often after more than Node's default
  // five idle seconds; without this the client can reuse a socket the server is closing (ECONNRESET).
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the local server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  const pagefind = (await import(path.join(site.dist, 'pagefind/pagefind.js'))) as Pagefind;
  await pagefind.options({ ...pagefindOptions, basePath: `${origin}${site.base}pagefind/` });
  let words: Promise<string[]> | undefined;
  return {
    origin,
    pagefind,
    vocabulary: () => (words ??= fetch(`${origin}${site.base}${vocabularyPath.slice(1)}`).then((r) => r.json() as Promise<string[]>)),
    close: async () => {
      await pagefind.destroy();
      server.close();
    },
  };
}

/** A result URL as the page path and fragment a reader lands on: "/faq/#id" (origin and highlight parameters dropped). */
export function landing(url: string): string {
  const parsed = new URL(url, 'http://localhost');
  return `${parsed.pathname}${parsed.hash}`;
}
