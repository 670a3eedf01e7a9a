import { createServer, type Server } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dist } from './dist';

interface PagefindResult {
  data(): Promise<{ url: string; meta: { title?: string }; sub_results: { url: string; title: string }[] }>;
}
interface Pagefind {
  options(o: { basePath: string }): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] }>;
  destroy(): Promise<void>;
}

let server: Server;
let pagefind: Pagefind;
let origin: string;

// Pagefind's browser API fetches its index over HTTP, so the index is served from dist/ locally.
beforeAll(async () => {
  server = createServer(sirv(dist));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  origin = `http://127.0.0.1:${address.port}`;
  pagefind = (await import(path.join(dist, 'pagefind/pagefind.js'))) as Pagefind;
  await pagefind.options({ basePath: `${origin}/pagefind/` });
});

afterAll(async () => {
  await pagefind?.destroy();
  server?.close();
});

describe('Pagefind index', () => {
  it('finds the comparison article for a query about its subject', async () => {
    const { results } = await pagefind.search('micro-batch');
    const urls = await Promise.all(results.map(async (r) => (await r.data()).url));
    expect(urls).toContain(`${origin}/kafka-streams-vs-spark/`);
  });

  it('offers each FAQ question as a sub-result that lands on its id', async () => {
    const { results } = await pagefind.search('is kafka streams micro batch');
    const subs = (await Promise.all(results.map(async (r) => (await r.data()).sub_results))).flat();
    expect(subs.map((s) => s.url)).toContain(`${origin}/faq/#is-kafka-streams-micro-batch`);
  });

  it('does not index the 404 page', async () => {
    const { results } = await pagefind.search('typo');
    const urls = await Promise.all(results.map(async (r) => (await r.data()).url));
    expect(urls.filter((u) => u.includes('404'))).toEqual([]);
  });
});
