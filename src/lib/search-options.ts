/**
 * Settings shared by the browser search and the ranking test (tests/build/search-ranking.test.ts),
 * so the test measures exactly what readers get.
 */

/** Where the build writes Pagefind's bundle; pagefind.js is imported from here at runtime. */
export const pagefindBundlePath = '/pagefind/';

/** The index's words, most frequent first, for typo correction (written by src/integrations/pagefind.ts). */
export const vocabularyPath = '/search/words.json';

/** Query parameter that carries the searched words to the result's page, which highlights them. */
export const highlightParam = 'highlight';

/** Results loaded per batch; the first batch is what appears as you type. */
export const resultsPerBatch = 8;

/**
 * Options passed to `pagefind.options()`. The ranking was tuned against tests/search/queries.ts:
 * records (FAQ entries, table rows) are short and the article is long, so page length counts for
 * less than by default, and a match in a question or a row's dimension (the record's title)
 * weighs more.
 */
export const pagefindOptions = {
  excerptLength: 22,
  excerptEllipsis: '…',
  highlightParam,
  ranking: {
    pageLength: 0.75,
    termFrequency: 1.0,
    termSaturation: 1.4,
    termSimilarity: 1.0,
    metaWeights: { title: 5 },
  },
} as const;
