import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir } from '../../scripts/paths';
import { pagefindScriptPath } from '../../src/routes';
import { patchMarker } from '../../src/search/pagefind-script-patch';
import type { PagefindResultData } from '../../src/search/pagefind-api';
import { openBuiltSearch, type BuiltSearch } from './pagefind-node';

let search: BuiltSearch;

beforeAll(async () => {
  search = await openBuiltSearch();
});

afterAll(async () => {
  await search?.close();
});

/** The data of the longest page a query finds: the one whose text is split into words for every matching section. */
async function longestPage(query: string): Promise<PagefindResultData> {
  const { results } = await search.pagefind.search(query);
  const pages = await Promise.all(results.map((result) => result.data()));
  const longest = pages.reduce((a, b) => (b.content.length > a.content.length ? b : a));
  expect(longest.sub_results.length).toBeGreaterThan(10);
  return longest;
}

const marked = (data: PagefindResultData) =>
  [data.excerpt, ...data.sub_results.map((s) => s.excerpt)].flatMap((excerpt) =>
    [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]),
  );

describe('excerpts of the built search (src/search/pagefind-script-patch.ts)', () => {
  it('ships the patched pagefind.js', () => {
    expect(readFileSync(path.join(distDir, pagefindScriptPath), 'utf8')).toContain(patchMarker);
  });

  it('marks only the words of the query asked, however often the same page was shown before', async () => {
    const kafka = marked(await longestPage('kafka'));
    const spark = marked(await longestPage('spark'));
    expect(kafka.length).toBeGreaterThan(10);
    expect(spark.length).toBeGreaterThan(10);
    expect(kafka.filter((word) => !/kafka/i.test(word ?? ''))).toEqual([]);
    expect(spark.filter((word) => !/spark/i.test(word ?? ''))).toEqual([]);
  });
});
