import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from './build-fixture';

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

describe('builds of the real content', () => {
  it('two clean builds of the same commit are byte-identical', () => {
    const first = buildSite();
    const second = buildSite();
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

  it('under a base path every link, asset and anchor still resolves (the build checks each one)', () => {
    const build = buildSite({ BASE_PATH: '/docs/' });
    try {
      expect(build.status, build.output).toBe(0);
      expect(build.output).toMatch(/every link, fragment and id checks out/);
      const home = readFileSync(path.join(build.dir, 'dist/index.html'), 'utf8');
      expect(home).toContain('href="/docs/kafka-streams-vs-spark/"');
      expect(home).toMatch(/<link rel="stylesheet" href="\/docs\/_astro\//);
      const article = readFileSync(path.join(build.dir, 'dist/kafka-streams-vs-spark/index.html'), 'utf8');
      expect(article).toContain('href="/docs/faq/');
      expect(article).not.toMatch(/href="\/(faq|kafka-streams-vs-spark)\//);
    } finally {
      build.cleanup();
    }
  });
});
