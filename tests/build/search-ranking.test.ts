import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSearch } from '../../src/lib/run-search';
import { rankingCases } from '../search/queries';
import { landing, openBuiltSearch, type BuiltSearch } from './pagefind-node';

let search: BuiltSearch;

beforeAll(async () => {
  search = await openBuiltSearch();
});

afterAll(async () => {
  await search?.close();
});

describe('search ranking', () => {
  it(`puts the expected target in the top 3 for all ${rankingCases.length} reader queries`, async () => {
    expect(rankingCases.length).toBeGreaterThanOrEqual(40);
    const failures: string[] = [];
    for (const { query, expected } of rankingCases) {
      const { hits } = await runSearch({ query, filters: {} }, 3, search);
      const top = hits.map((hit) => landing(hit.url));
      if (!top.includes(expected)) failures.push(`"${query}": expected ${expected}, got [${top.join(', ')}]`);
    }
    // Every failing query is listed, so one run shows the whole picture when tuning.
    expect(failures, `${failures.length} of ${rankingCases.length} queries missed:\n${failures.join('\n')}`).toEqual([]);
  });
});
