import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../../scripts/paths.ts';
import {
  absoluteUrl,
  articlePath,
  builtFilePath,
  faqEntryPath,
  markdownCopyPath,
  searchResultsPath,
  shareCardName,
  shareCardPath,
  stripBase,
  tablePath,
  tableRowPath,
  withBase,
} from '../../src/routes';

describe('paths', () => {
  it('builds the address of every kind of page and target', () => {
    expect(articlePath('kafka-streams-vs-spark')).toBe('/kafka-streams-vs-spark/');
    expect(tablePath('a')).toBe('/a/table/');
    expect(tableRowPath('a', 'state')).toBe('/a/table/#state');
    expect(faqEntryPath('is-it')).toBe('/faq/#is-it');
    expect(searchResultsPath(new URLSearchParams({ q: 'exactly once' }))).toBe('/search/?q=exactly+once');
    expect(searchResultsPath(new URLSearchParams())).toBe('/search/');
  });

  it('maps page paths to the paths of their Markdown copies', () => {
    expect(markdownCopyPath('/kafka-streams-vs-spark/')).toBe('/kafka-streams-vs-spark.md');
    expect(markdownCopyPath(tablePath('a'))).toBe('/a/table.md');
    expect(markdownCopyPath('/faq/')).toBe('/faq.md');
    expect(() => markdownCopyPath('/')).toThrow(/home page/);
  });

  it('maps page paths to share-card paths', () => {
    expect(shareCardPath('/')).toBe('/og/index.png');
    expect(shareCardPath('/faq/')).toBe('/og/faq.png');
    expect(shareCardPath('/a/table/')).toBe('/og/a/table.png');
    expect(shareCardName('/a/table/')).toBe('a/table');
  });

  it('maps files of the build to the paths that serve them', () => {
    expect(builtFilePath('index.html')).toBe('/');
    expect(builtFilePath('faq/index.html')).toBe('/faq/');
    expect(builtFilePath('404.html')).toBe('/404.html');
    expect(builtFilePath('favicon.svg')).toBe('/favicon.svg');
  });
});

describe('the base path', () => {
  it('puts the base before root-relative paths only, and takes it off again', () => {
    expect(withBase('/faq/#x', '/docs/')).toBe('/docs/faq/#x');
    expect(withBase('/faq/', '/docs')).toBe('/docs/faq/');
    expect(withBase('/', '/')).toBe('/');
    for (const other of ['#x', 'https://kafka.apache.org/', '//cdn.example/x']) expect(withBase(other, '/docs/')).toBe(other);
    expect(stripBase('/docs/faq/', '/docs/')).toBe('/faq/');
    expect(stripBase('/other/', '/docs/')).toBe('/other/');
  });

  it('makes absolute URLs from the site and the base', () => {
    expect(absoluteUrl('/faq/', 'https://s.dev', '/')).toBe('https://s.dev/faq/');
    expect(absoluteUrl('/faq/', new URL('https://s.dev/'), '/docs/')).toBe('https://s.dev/docs/faq/');
    expect(() => absoluteUrl('/faq/', undefined, '/')).toThrow(/site/);
  });
});

const src = path.join(root, 'src');
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : /\.(ts|js|astro)$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );

/** Code without comments, so paths mentioned in explanations do not count. */
const withoutComments = (code: string) =>
  code
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|[^:\\'"`])\/\/.*$/gm, '$1');

/** A site path built in code: a template starting with "/" or with a path from routes, or a quoted path. */
const builtPath = [/`\/[^`]*\$\{/g, /`\$\{\s*\w*Path\b/g, /(['"])\/[a-z0-9][\w.-]*(?:\/[\w.-]*)*\1/g];

describe('routes.ts is the one place that builds internal paths', () => {
  const files = sourceFiles(src).filter((file) => path.relative(src, file) !== 'routes.ts');

  it('reads the whole source tree', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.map((file) => path.relative(src, file))).toContain('pages/index.astro');
  });

  it('finds no path built from a template or typed as a string elsewhere', () => {
    const found = files.flatMap((file) => {
      const code = withoutComments(readFileSync(file, 'utf8'));
      return builtPath.flatMap((pattern) => [...code.matchAll(pattern)].map((m) => `${path.relative(src, file)}: ${m[0]}`));
    });
    expect(found).toEqual([]);
  });

  it('would notice one', () => {
    const offenders = ['href={`/${a.id}/`}', 'const u = `${searchPath}?${q}`;', "withBase('/faq/')", '<a href="/search/">'];
    for (const code of offenders)
      expect(
        builtPath.some((pattern) => new RegExp(pattern.source).test(code)),
        code,
      ).toBe(true);
  });
});
