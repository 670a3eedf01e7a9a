import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSearch } from '../../src/search/run-search';
import { landing, openBuiltSearch, type BuiltSearch } from './pagefind-node';

/** A reader's query and where it should land: "/faq/#id", "/<article>/table/#row-id" or "/<article>/#heading-id". */
interface RankingCase {
  readonly query: string;
  readonly expected: string;
}

// JSON, so the benchmark (scripts/bench/search-latency.ts) times the same queries.
const { queries } = JSON.parse(readFileSync(new URL('../search/queries.json', import.meta.url), 'utf8')) as { queries: RankingCase[] };

let search: BuiltSearch;

beforeAll(async () => {
  search = await openBuiltSearch();
});

afterAll(async () => {
  await search?.close();
});

describe('search ranking (tests/search/queries.json)', () => {
  it(`puts the expected target in the top 3 for every one of the ${queries.length} reader queries`, async () => {
    expect(queries.length).toBeGreaterThanOrEqual(120);
    const failures: string[] = [];
    for (const { query, expected } of queries) {
      // The same code as the search box: aliases, stop words, typo correction, then Pagefind.
      const { hits } = await runSearch({ query, filters: {} }, 3, search);
      const top = hits.map((hit) => landing(hit.url));
      if (!top.includes(expected)) failures.push(`"${query}": expected ${expected}, got [${top.join(', ')}]`);
    }
    // Every failing query is listed, so one run shows the whole picture when tuning.
    expect(failures, `${failures.length} of ${queries.length} queries missed:\n${failures.join('\n')}`).toEqual([]);
    // Over a hundred searches in a row: allow for a busy machine (it takes about 3 s on an idle one).
  }, 30_000);
});
