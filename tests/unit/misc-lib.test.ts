import { describe, expect, it } from 'vitest';
import { citeLabel, projectName } from '../../src/facts/cite-label';
import { formatDate, isoDate } from '../../src/lib/format-date';
import { pageCitations } from '../../src/facts/citations';
import { contentDir } from '../../src/site';
import { isSlug } from '../../src/anchors/slug';

describe('citeLabel and projectName', () => {
  it('names the project and kind of source', () => {
    expect(citeLabel({ project: 'kafka', kind: 'kip' })).toBe('Kafka KIP');
    expect(citeLabel({ project: 'spark', kind: 'source-code' })).toBe('Spark source');
    expect(citeLabel({ project: 'research', kind: 'paper' })).toBe('Paper');
    expect(projectName('flink')).toBe('Apache Flink');
  });
});

describe('dates', () => {
  it('formats without ambiguity and in ISO form', () => {
    const d = new Date('2026-11-05T00:00:00Z');
    expect(formatDate(d)).toBe('5 November 2026');
    expect(isoDate(d)).toBe('2026-11-05');
  });
});

describe('isSlug', () => {
  it('accepts kebab-case ids only', () => {
    expect(isSlug('state-and-recovery')).toBe(true);
    for (const bad of ['State', 'a--b', '-a', 'a_b', 'a b', '']) expect(isSlug(bad)).toBe(false);
  });
});

describe('contentDir', () => {
  it('defaults to content/ and makes other folders relative to the project root', () => {
    expect(contentDir({}, '/p')).toBe('content');
    expect(contentDir({ CONTENT_DIR: '/tmp/x' }, '/p')).toBe('../tmp/x');
    expect(contentDir({ CONTENT_DIR: 'tests/fixtures/a' }, '/p')).toBe('tests/fixtures/a');
  });
});

describe('pageCitations', () => {
  it('collects facts from MDX and table cells and sources from rows, each once', () => {
    const table = {
      title: 't', article: 'a', caption: 'c',
      systems: [{ id: 'x', name: 'X' }, { id: 'y', name: 'Y' }],
      rows: [{ id: 'r', dimension: 'R', cells: { x: '{fact:f1}', y: '{fact:f2}' }, sources: ['s1', 's1'], topics: ['basics' as const] }],
    };
    expect(pageCitations(['<Fact id="f1" />', '<Fact id="f3" />'], [table])).toEqual({
      factIds: ['f1', 'f3', 'f2'],
      sourceIds: ['s1'],
    });
  });
});

describe('strayContentFiles', () => {
  it('accepts the files the collections load and reports the rest', async () => {
    const { strayContentFiles } = await import('../../src/data/content-layout');
    expect(
      strayContentFiles(['facts.yaml', 'sources.yaml', 'anchors.lock.json', 'anchor-aliases.yaml', 'articles/a-b.mdx', 'faq/q.mdx', 'comparisons/t.yaml', 'faq/notes.md', 'faq/Is-It.mdx', 'draft.txt', 'articles/nested/x.mdx']),
    ).toEqual(['faq/notes.md', 'faq/Is-It.mdx', 'draft.txt', 'articles/nested/x.mdx']);
  });
});
