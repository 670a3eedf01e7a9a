import { describe, expect, it } from 'vitest';
import type { Pagefind, PagefindResultData } from '../../../src/search/pagefind-api';
import { emptyOutcome, runSearch, startSearch } from '../../../src/search/run-search';

/** A Pagefind stand-in whose every query matches `count` FAQ entries, counting whose data is fetched. */
function fakeEngine(count: number) {
  const fetched: number[] = [];
  /** The terms searched, in order. */
  const searched: (string | null)[] = [];
  const data = (i: number): PagefindResultData => ({
    url: `/faq/#q${i}`,
    content: `question ${i}`,
    excerpt: `answer <mark>${i}</mark>`,
    meta: { title: `Question ${i}`, context: 'Latency' },
    filters: { type: ['FAQ'] },
    sub_results: [],
  });
  const pagefind: Pagefind = {
    options: async () => undefined,
    init: async () => undefined,
    destroy: async () => undefined,
    preload: async () => undefined,
    search: async (term) => {
      searched.push(term);
      return {
        results: Array.from({ length: count }, (_, i) => ({
          id: `q${i}`,
          score: count - i,
          data: async () => {
            fetched.push(i);
            return data(i);
          },
        })),
        unfilteredResultCount: count,
        filters: { type: { FAQ: count } },
        totalFilters: { type: { FAQ: count } },
      };
    },
  };
  return { deps: { pagefind, vocabulary: async () => [] }, fetched, searched };
}

describe('running a search', () => {
  it('counts the results and their facets without fetching any result’s data', async () => {
    const { deps, fetched } = fakeEngine(13);
    const outcome = await startSearch({ query: 'linger', filters: {} }, deps);
    expect(outcome.total).toBe(13);
    expect(outcome.facets.type).toEqual({ FAQ: 13 });
    expect(fetched).toEqual([]);
  });

  it('fetches the data of exactly the results asked for', async () => {
    const { deps, fetched } = fakeEngine(13);
    const outcome = await startSearch({ query: 'linger', filters: {} }, deps);
    const hit = await outcome.hit(9);
    expect(hit).toMatchObject({ url: '/faq/#q9', title: 'Question 9', type: 'FAQ' });
    expect(fetched).toEqual([9]);
    await expect(outcome.hit(13)).rejects.toThrow(RangeError);
  });

  it('loads the first results in order for the ranking test, never more than there are', async () => {
    const { deps, fetched } = fakeEngine(2);
    const { hits } = await runSearch({ query: 'linger', filters: {} }, 3, deps);
    expect(hits.map((hit) => hit.url)).toEqual(['/faq/#q0', '/faq/#q1']);
    expect(fetched.sort()).toEqual([0, 1]);
  });

  it('searches nothing for an empty box without filters', async () => {
    const { deps } = fakeEngine(5);
    expect(await startSearch({ query: '  ', filters: {} }, deps)).toBe(emptyOutcome);
  });

  it('runs a one-word query with one search, which also tells whether the word matches', async () => {
    const { deps, searched } = fakeEngine(3);
    await startSearch({ query: 'linger', filters: {} }, deps);
    expect(searched).toEqual(['linger']);
  });

  it('checks each earlier word of a query once while the next one is typed', async () => {
    const { deps, searched } = fakeEngine(3);
    for (const query of ['linger batc', 'linger batch', 'linger batching']) await startSearch({ query, filters: {} }, deps);
    expect(searched.filter((term) => term === 'linger')).toEqual(['linger']);
    expect(searched).toContain('linger batching');
  });
});
