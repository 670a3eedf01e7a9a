import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAtomFeed } from 'feedsmith';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { root } from '../../scripts/paths.ts';
import { badgesFor, changeLog, recentChanges, type LoggedRelease } from '../../src/changes/change-log';
import { tagUri } from '../../src/changes/atom-feed';
import { changeSchema } from '../../src/schemas/change';
import { releaseSchema } from '../../src/schemas/release';
import { tagAuthority } from '../../src/site';
import { dist, page, pages } from './dist';

/**
 * The change log as the content files hold it, read here with the same schemas but without Astro,
 * so the checks below do not trust the build's own reading of it.
 */
const content = path.join(root, 'content');
const yaml = (file: string) => parseYaml(readFileSync(path.join(content, file), 'utf8')) as Record<string, unknown>;
const releases: LoggedRelease[] = Object.entries(yaml('releases.yaml')).map(([id, r]) => ({ id, ...releaseSchema.parse(r) }));
const entries = Object.entries(yaml('changes.yaml')).map(([id, data]) => ({ id, data: changeSchema.parse(data) }));
const log = changeLog(entries, releases);
const capabilities = Object.keys(yaml('capabilities.yaml'));
/** Each side-by-side table's id (its file name) and the article it belongs to. */
const tables = Object.fromEntries(
  readdirSync(path.join(content, 'comparisons')).map((file) => [
    file.replace(/\.yaml$/, ''),
    (yaml(`comparisons/${file}`) as { article: string }).article,
  ]),
);
const articles = pages()
  .map((p) => p.url)
  .filter((url) => page(url).querySelector('article.article'));

describe('the change log', () => {
  it('covers every release line of the issue with sourced entries, and the matrix has at least ten rows', () => {
    const lines = new Set(log.flatMap((e) => (e.kind === 'change' ? [e.release.id] : [])));
    for (const line of [
      'kafka-4-0',
      'kafka-4-1',
      'kafka-4-2',
      'kafka-4-3',
      'kafka-4-4',
      'spark-4-0',
      'spark-4-1',
      'spark-4-2',
      'spark-4-3',
    ]) {
      expect(lines, line).toContain(line);
    }
    expect([...lines].some((l) => l.startsWith('flink-2-'))).toBe(true);
    expect(log.length).toBeGreaterThanOrEqual(12);
    expect(log.filter((e) => e.kind === 'correction').length).toBeGreaterThan(0);
    expect(capabilities.length).toBeGreaterThanOrEqual(10);
  });

  it('the feed parses as Atom and lists every entry with a fixed tag: id, an absolute link that lands and its date', () => {
    const feed = parseAtomFeed(readFileSync(path.join(dist, 'changes.xml'), 'utf8'));
    expect(feed.id).toBe(tagUri(tagAuthority));
    expect(feed.updated).toBe(log[0]?.date.toISOString());
    expect(feed.entries?.map((e) => e.id)).toEqual(log.map((e) => tagUri(tagAuthority, e.id)));
    const logPage = page('/changes/');
    feed.entries?.forEach((entry, i) => {
      const href = entry.links?.[0]?.href ?? '';
      expect(href).toMatch(/^https:\/\//);
      const url = new URL(href);
      expect(url.pathname).toMatch(/\/changes\/$/);
      expect(logPage.querySelector(`[id="${url.hash.slice(1)}"]`), href).not.toBeNull();
      expect(entry.updated).toBe(log[i]?.date.toISOString());
    });
  });

  it('every page declares the feed', () => {
    for (const { url } of pages()) {
      const link = page(url).querySelector('head link[rel="alternate"][type="application/atom+xml"]');
      expect(link?.getAttribute('href'), url).toMatch(/\/changes\.xml$/);
    }
  });

  it('every entry is on /changes/ under its project, and its affected sections, rows and matrix rows resolve', () => {
    const logPage = page('/changes/');
    for (const e of log) {
      const group = e.kind === 'change' ? e.release.project : 'corrections';
      const heading = logPage.querySelector(`h3[id="${e.id}"]`);
      expect(heading, e.id).not.toBeNull();
      expect(heading?.closest('.log-group')?.querySelector('h2')?.id, e.id).toBe(group);
      for (const link of e.entry.sections) {
        const [article, id] = link.split('#');
        expect(page(`/${article}/`).querySelector(`[id="${id}"]`), link).not.toBeNull();
      }
      for (const link of e.entry.rows) {
        const [table = '', id] = link.split('#');
        expect(page(`/${tables[table]}/table/`).querySelector(`tr[id="${id}"]`), link).not.toBeNull();
      }
      const affected = heading?.closest('.change-entry')?.querySelectorAll('.change-affects a') ?? [];
      expect(affected.length, e.id).toBe(
        e.entry.sections.length + e.entry.rows.length + (e.kind === 'change' ? Object.keys(e.entry.matrix).length : 0),
      );
    }
  });

  it('badges appear exactly where the entries say, on headings and table rows', () => {
    const found: string[] = [];
    const expected: string[] = [];
    for (const url of articles) {
      const doc = page(url);
      const article = url.replaceAll('/', '');
      for (const heading of doc.querySelectorAll('.prose .anchor-heading > :is(h2, h3)')) {
        const meta = heading.parentNode?.nextElementSibling;
        const shown = meta?.classList.contains('section-meta') ? meta.querySelectorAll('.changed-badge') : [];
        found.push(...shown.map((b) => `${url}#${heading.id} ${b.getAttribute('data-change')}`));
        expected.push(...badgesFor(log, { section: `${article}#${heading.id}` }).map((e) => `${url}#${heading.id} ${e.id}`));
      }
    }
    for (const [table, article] of Object.entries(tables)) {
      for (const url of [`/${article}/table/`, `/${article}/`]) {
        for (const row of page(url).querySelectorAll('table.comparison:not(.version-matrix) tbody tr')) {
          const id = row.id.replace(/^table-/, '');
          found.push(...row.querySelectorAll('.changed-badge').map((b) => `${url}#${row.id} ${b.getAttribute('data-change')}`));
          expected.push(...badgesFor(log, { row: `${table}#${id}` }).map((e) => `${url}#${row.id} ${e.id}`));
        }
      }
    }
    expect(found.length).toBeGreaterThan(0);
    expect(found.sort()).toEqual(expected.sort());
  });

  it('the comparison’s “What changed recently” lists the Kafka and Spark entries from the log', () => {
    const doc = page('/kafka-streams-vs-spark/');
    const links = doc.querySelectorAll('.recent-changes a[href*="/changes/#"]').map((a) => a.getAttribute('href')?.split('#')[1]);
    expect(links).toEqual(recentChanges(log, ['kafka', 'spark']).map((e) => e.id));
  });

  it('every section of every article has a prefilled “Report an error” link, and the byline names the latest change', () => {
    for (const url of articles) {
      const doc = page(url);
      for (const heading of doc.querySelectorAll('.prose > .anchor-heading > h2')) {
        const report = heading.parentNode?.nextElementSibling?.querySelector('a.report-error')?.getAttribute('href') ?? '';
        expect(report, `${url}#${heading.id}`).toMatch(/^(mailto:|https:)/);
        expect(decodeURIComponent(report), `${url}#${heading.id}`).toContain(`${url}#${heading.id}`);
      }
      const latest = doc.querySelector('.article-meta a[href*="/changes/#"]')?.getAttribute('href')?.split('#')[1];
      expect(
        log.some((e) => e.id === latest),
        url,
      ).toBe(true);
    }
  });

  it('the version matrix has a row per capability, and every cell links an entry of the log', () => {
    const doc = page('/versions/');
    const rows = doc.querySelectorAll('table.version-matrix tbody tr');
    expect(rows.map((r) => r.id)).toEqual(capabilities);
    const logIds = new Set(log.map((e) => e.id));
    for (const row of rows) {
      for (const cell of row.querySelectorAll('td')) {
        const id = cell.querySelector('a')?.getAttribute('href')?.split('/changes/#')[1] ?? '';
        expect(logIds.has(id), `${row.id}: ${id}`).toBe(true);
      }
    }
  });
});
