import { describe, expect, it } from 'vitest';
import type { PagefindResultData, PagefindSubResult } from '../../../src/search/pagefind-api';
import { bestSection, parseExcerpt, toSearchHit } from '../../../src/search/hits';

describe('result excerpts and landings', () => {
  it('splits an excerpt into marked and plain parts, decoding only what Pagefind escapes', () => {
    expect(parseExcerpt('the <mark>linger</mark>.ms &lt;default&gt;')).toEqual([
      { text: 'the ', match: false },
      { text: 'linger', match: true },
      { text: '.ms <default>', match: false },
    ]);
  });

  const section = (id: string | undefined, title: string, locations: number[], score = 1): PagefindSubResult => ({
    title,
    url: id ? `/a/#${id}` : '/a/',
    excerpt: `${title} <mark>x</mark>`,
    ...(id ? { anchor: { element: 'h2', id } } : {}),
    weighted_locations: locations.map((location) => ({ location, weight: 1, balanced_score: score })),
  });
  const page: PagefindResultData = {
    url: '/a/',
    content: 'intro kafka streams state store here kafka again',
    excerpt: 'intro',
    meta: { title: 'The article' },
    filters: { type: ['Article'] },
    // Words: 0 intro, 1 kafka, 2 streams, 3 state, 4 store, 5 here, 6 kafka, 7 again
    sub_results: [section(undefined, 'The article', [1, 6], 5), section('state', 'State', [1, 3])],
  };

  it('lands a page result on the section matching the most query terms, titled by its heading', () => {
    expect(bestSection(page, 'kafka state')?.anchor?.id).toBe('state');
    expect(toSearchHit(page, 'kafka state')).toMatchObject({ url: '/a/#state', title: 'State', context: 'The article', type: 'Article' });
  });

  it('lands on the page top when the text before the first heading answers best', () => {
    expect(toSearchHit(page, 'kafka')).toMatchObject({ url: '/a/', title: 'The article', context: '' });
  });

  it('lands a FAQ or table-row record on itself, with its context', () => {
    const record = { ...page, url: '/faq/#q', meta: { title: 'Is it?', context: 'Latency' }, filters: { type: ['FAQ'] } };
    expect(toSearchHit(record, 'kafka')).toMatchObject({ url: '/faq/#q', title: 'Is it?', context: 'Latency', type: 'FAQ' });
  });
});
