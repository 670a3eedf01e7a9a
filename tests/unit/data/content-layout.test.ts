import { describe, expect, it } from 'vitest';
import { contentDir, strayContentFiles } from '../../../src/data/content-layout';

describe('contentDir', () => {
  it('defaults to content/ and makes other folders relative to the project root', () => {
    expect(contentDir({}, '/p')).toBe('content');
    expect(contentDir({ CONTENT_DIR: '/tmp/x' }, '/p')).toBe('../tmp/x');
    expect(contentDir({ CONTENT_DIR: 'tests/fixtures/a' }, '/p')).toBe('tests/fixtures/a');
  });
});

describe('strayContentFiles', () => {
  it('accepts the files the collections load and reports the rest', () => {
    expect(
      strayContentFiles([
        'facts.yaml',
        'sources.yaml',
        'anchors.lock.json',
        'anchor-aliases.yaml',
        'articles/a-b.mdx',
        'faq/q.mdx',
        'comparisons/t.yaml',
        'faq/notes.md',
        'faq/Is-It.mdx',
        'draft.txt',
        'articles/nested/x.mdx',
      ]),
    ).toEqual(['faq/notes.md', 'faq/Is-It.mdx', 'draft.txt', 'articles/nested/x.mdx']);
  });
});
