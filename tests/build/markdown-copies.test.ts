import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../../scripts/paths.ts';
import { startServer, type StaticServer } from '../../scripts/serve.ts';
import { markdownConverters } from '../../src/markdown-copy/converters';
import { dist, page, pages } from './dist';
import { openBuiltSearch } from './pagefind-node';

const siteOrigin = new URL(page('/').querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '').origin;
const content = path.join(root, 'content');
const articles = readdirSync(path.join(content, 'articles')).map((f) => f.replace(/\.mdx$/, ''));
const tables = readdirSync(path.join(content, 'comparisons')).map(
  (f) => (parseYaml(readFileSync(path.join(content, 'comparisons', f), 'utf8')) as { article: string }).article,
);

/** Every page that has a Markdown copy, with the copy's path. */
const withCopies = [
  ...articles.map((a) => ({ page: `/${a}/`, copy: `/${a}.md` })),
  ...tables.map((a) => ({ page: `/${a}/table/`, copy: `/${a}/table.md` })),
  { page: '/faq/', copy: '/faq.md' },
  { page: '/glossary/', copy: '/glossary.md' },
];
const read = (sitePath: string) => readFileSync(path.join(dist, sitePath), 'utf8');

/** Links of a Markdown text: inline links `[text](url)` and autolinks `<url>`, code left out. */
function markdownLinks(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)|<(https?:\/\/[^>\s]+)>/g)].map((m) => m[1] ?? m[2] ?? '');
}

/** The file in dist/ that serves a site URL, or undefined when none does. */
function servedFile(url: URL): string | undefined {
  const file = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
  return existsSync(path.join(dist, file)) ? file : undefined;
}

describe('Markdown copies', () => {
  it('exist for every article, table page, the FAQ and the glossary, and for no other page', () => {
    const copies = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? copies(path.join(dir, e.name))
          : e.name.endsWith('.md')
            ? [`/${path.relative(dist, path.join(dir, e.name))}`]
            : [],
      );
    expect(copies(dist).sort()).toEqual(withCopies.map((c) => c.copy).sort());
  });

  it.each(withCopies)('$copy opens with the title, the description and the canonical URL with a date', ({ page: url, copy }) => {
    const doc = page(url);
    const title = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
    const description = doc.querySelector('meta[name="description"]')?.getAttribute('content');
    const [h1, summary, canonical] = read(copy).split('\n\n');
    expect(h1).toBe(`# ${title}`);
    expect(summary).toBe(`> ${description}`);
    expect(canonical).toMatch(new RegExp(`^Canonical page: <${siteOrigin}${url}> · Updated \\d{4}-\\d{2}-\\d{2}$`));
  });

  it.each(withCopies)('$copy ends with its sources, as its page does', ({ page: url, copy }) => {
    const markdown = read(copy);
    const sources = page(url)
      .querySelectorAll('.sources > ol > li > a')
      .map((a) => a.getAttribute('href'));
    expect(sources.length).toBeGreaterThan(0);
    const listed = markdown
      .slice(markdown.lastIndexOf('\n## Sources\n'))
      .split('\n')
      .flatMap((line) => /^- \[[^\]]+\]\(([^)]+)\)/.exec(line)?.slice(1) ?? []);
    expect(listed).toEqual(sources);
  });

  it.each(withCopies)('$copy holds no MDX: no component, fact token or pinned id', ({ copy }) => {
    const markdown = read(copy);
    const components = new RegExp(`<(${Object.keys(markdownConverters).join('|')})\\b`);
    expect(markdown).not.toMatch(components);
    expect(markdown).not.toContain('{fact:');
    expect(markdown).not.toContain('{/*');
  });

  it.each(withCopies)(
    'every link in $copy to the site lands on a built page and, with a fragment, on an element with that id',
    ({ copy }) => {
      const site = markdownLinks(read(copy))
        .filter((href) => href.startsWith(`${siteOrigin}/`))
        .map((href) => new URL(href));
      expect(site.length).toBeGreaterThan(0);
      for (const url of site) {
        const file = servedFile(url);
        expect(file, url.href).toBeDefined();
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && file) expect(page(file.replace(/index\.html$/, '')).getElementById(id), url.href).not.toBeNull();
      }
      // Relative links would break once the copy is read away from the site.
      expect(markdownLinks(read(copy)).filter((href) => !/^https:\/\//.test(href))).toEqual([]);
    },
  );
});

describe('/llms.txt', () => {
  const text = read('/llms.txt');

  it('has the site title, a one-line summary and sections of links', () => {
    expect(text.startsWith('# Streams Compared\n\n> ')).toBe(true);
    expect(text.split('\n')[2]).toBe(`> ${page('/').querySelector('meta[name="description"]')?.getAttribute('content')}`);
    expect(text).toMatch(/\n## Articles\n/);
    expect(text).toMatch(/\n## Reference\n/);
  });

  it('links every Markdown copy once, with a title and a summary, and each link resolves to a file', () => {
    const links = text.split('\n').flatMap((line) => {
      const m = /^- \[(.+)\]\((\S+)\): (.+)$/.exec(line);
      return m ? [{ title: m[1], url: m[2] ?? '', summary: m[3] }] : [];
    });
    expect(links.map((l) => l.url).sort()).toEqual(withCopies.map((c) => `${siteOrigin}${c.copy}`).sort());
    for (const link of links) {
      expect(link.title, link.url).toBeTruthy();
      expect(link.summary?.length, link.url).toBeGreaterThanOrEqual(50);
      expect(servedFile(new URL(link.url)), link.url).toBeDefined();
    }
  });
});

describe('pages with a Markdown copy', () => {
  it.each(withCopies)('$page announces $copy in its head and links it visibly', ({ page: url, copy }) => {
    const doc = page(url);
    const alternate = doc.querySelectorAll('link[rel="alternate"][type="text/markdown"]');
    expect(alternate.map((l) => l.getAttribute('href'))).toEqual([copy]);
    const visible = doc.querySelectorAll('main a.markdown-copy-link');
    expect(visible.map((a) => [a.getAttribute('href'), a.text.trim()])).toEqual([[copy, 'View as Markdown']]);
  });

  it('other pages announce no copy', () => {
    const others = pages().filter((p) => !withCopies.some((c) => c.page === p.url));
    expect(others.length).toBeGreaterThan(0);
    for (const { url } of others) {
      expect(page(url).querySelector('link[type="text/markdown"], a.markdown-copy-link'), url).toBeNull();
    }
  });

  it('the sitemap lists no copy', () => {
    expect(read('/sitemap-0.xml')).not.toMatch(/\.md</);
  });
});

describe('the copies as served', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startServer({ dist });
  });
  afterAll(() => server?.close());

  for (const encoding of ['gzip', 'identity']) {
    it(`are sent as text/markdown and llms.txt as text/plain, with a charset (${encoding})`, async () => {
      const get = (p: string) => fetch(server.origin + p, { headers: { 'accept-encoding': encoding } });
      const md = await get('/faq.md');
      expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
      expect((await md.text()).startsWith('# ')).toBe(true);
      expect((await get('/llms.txt')).headers.get('content-type')).toBe('text/plain; charset=utf-8');
    });
  }

  it('are not in the search index', async () => {
    const search = await openBuiltSearch();
    try {
      const { results } = await search.pagefind.search(null);
      const urls = await Promise.all(results.map(async (r) => (await r.data()).url));
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.filter((u) => /\.md\b|llms\.txt/.test(u))).toEqual([]);
    } finally {
      await search.close();
    }
  });
});
