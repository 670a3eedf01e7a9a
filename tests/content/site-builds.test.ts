import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { projectTempDir, root } from '../../scripts/paths.ts';
import { contentDir } from '../../src/data/content-layout';
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

  it('a rebuild with one page retitled renders that page’s share card only and takes the others from the cache', async ({ expect }) => {
    const cacheDir = projectTempDir('share-card-cache');
    const builds: { cleanup: () => void }[] = [];
    try {
      const first = await buildInTempDir({}, undefined, cacheDir);
      builds.push(first);
      expect(first.status, first.output).toBe(0);
      const cards = Number(/share cards: (\d+) rendered, 0 from cache/.exec(first.output)?.[1]);
      expect(cards, first.output).toBeGreaterThan(10);

      const retitle = (content: string) => {
        cpSync(path.resolve(root, contentDir(process.env, root)), content, { recursive: true });
        const file = path.join(content, 'articles/what-is-kafka-streams.mdx');
        const mdx = readFileSync(file, 'utf8');
        expect(mdx).toMatch(/^title: .*$/m);
        writeFileSync(file, mdx.replace(/^title: .*$/m, 'title: "Kafka Streams, the library"'));
      };
      const second = await buildInTempDir({}, retitle, cacheDir);
      builds.push(second);
      expect(second.status, second.output).toBe(0);
      expect(second.output).toContain(`share cards: 1 rendered, ${cards - 1} from cache (1 unused removed from the cache)`);

      const card = (build: { dir: string }, name: string) => readFileSync(path.join(build.dir, 'dist/og', name));
      expect(card(second, 'what-is-kafka-streams.png').equals(card(first, 'what-is-kafka-streams.png'))).toBe(false);
      expect(card(second, 'faq.png').equals(card(first, 'faq.png'))).toBe(true);
    } finally {
      for (const build of builds) build.cleanup();
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});
