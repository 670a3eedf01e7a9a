import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { runSearch } from '../../src/search/run-search';
import { openBuiltSearch } from '../build/pagefind-node';
import { buildInTempDir, removeProjectCopies } from './build-fixture';

afterAll(removeProjectCopies);

/** Every file of a build with the SHA-256 of its bytes. */
function digest(dist: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const file = path.join(e.parentPath, e.name);
        return [path.relative(dist, file), createHash('sha256').update(readFileSync(file)).digest('hex')];
      })
      .sort(([a], [b]) => (a ?? '').localeCompare(b ?? '')),
  );
}

// Each build has its own folder and project copy (build-fixture.ts): the tests, and the two builds of the first, run concurrently.
describe.concurrent('builds of the real content', () => {
  it('two clean builds of the same commit are byte-identical', async ({ expect }) => {
    const [first, second] = await Promise.all([buildInTempDir(), buildInTempDir()]);
    try {
      expect(first.status, first.output).toBe(0);
      expect(second.status, second.output).toBe(0);
      const a = digest(path.join(first.dir, 'dist'));
      const b = digest(path.join(second.dir, 'dist'));
      expect(Object.keys(a).length).toBeGreaterThan(20);
      expect(b).toEqual(a);
    } finally {
      first.cleanup();
      second.cleanup();
    }
  });

  it('under a base path every link, asset, anchor and search result still resolves (the build checks links)', async ({ expect }) => {
    const build = await buildInTempDir({ BASE_PATH: '/docs/' });
    try {
      expect(build.status, build.output).toBe(0);
      expect(build.output).toMatch(/every link, fragment and id checks out/);
      const home = readFileSync(path.join(build.dir, 'dist/index.html'), 'utf8');
      expect(home).toContain('href="/docs/kafka-streams-vs-spark/"');
      expect(home).toMatch(/<link rel="stylesheet" href="\/docs\/_astro\//);
      const article = readFileSync(path.join(build.dir, 'dist/kafka-streams-vs-spark/index.html'), 'utf8');
      expect(article).toContain('href="/docs/faq/');
      expect(article).not.toMatch(/href="\/(faq|kafka-streams-vs-spark)\//);
      expect(article).toContain('action="/docs/search/"');
      const dist = path.join(build.dir, 'dist');
      // Pagefind puts the base before every result URL, custom records included; each lands on a built page.
      const search = await openBuiltSearch({ dist, base: '/docs/' });
      try {
        for (const query of ['linger', 'is kafka streams micro batch', 'state store']) {
          const { hits } = await runSearch({ query, filters: {} }, 5, search);
          expect(hits.length, query).toBeGreaterThan(0);
          for (const hit of hits) {
            const url = new URL(hit.url);
            expect(url.pathname, query).toMatch(/^\/docs\//);
            const page = readFileSync(path.join(dist, url.pathname.slice('/docs/'.length), 'index.html'), 'utf8');
            if (url.hash) expect(page, hit.url).toContain(`id="${url.hash.slice(1)}"`);
          }
        }
      } finally {
        await search.close();
      }
    } finally {
      build.cleanup();
    }
  });
});
