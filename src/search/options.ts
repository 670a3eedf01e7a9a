import { highlightParam } from './highlight-param';

/**
 * Settings shared by the browser search and the ranking test (tests/build/search-ranking.test.ts),
 * so the test measures exactly what readers get.
 */

/** Results the list holds at first, and how many more each "Show N more" adds. */
export const resultsPerBatch = 8;

/**
 * Results whose data (one fragment file each) is fetched at once: about what a screen shows, so the
 * first result waits for at most this many requests. The rest of the list is fetched as its end
 * comes into view.
 */
export const resultsPerScreen = 5;

/**
 * Options passed to `pagefind.options()`, tuned against tests/search/queries.json. The index mixes
 * short records (FAQ answers, table rows, ~60–150 words) with one long article (~10,000 words);
 * Pagefind's default page-length penalty (0.75) buries the article's sections under any record
 * that mentions a term once, so length counts for little here (all queries pass from 0.02 to 0.05;
 * at 0.1 a section such as the one on linger.ms drops out of the top 3, at 0 short records lose
 * their edge). A match in a question or a
 * row's dimension (the record's title) counts ten times a match in the text; `context` (a
 * question's topic, a row's table) is shown, not ranked. `noWorker`: a warm query takes the engine
 * 1–4 ms on the page's own thread, so the web worker would only add a request (pagefind-worker.js,
 * 12 KiB gzip) before the first result.
 */
export const pagefindOptions = {
  noWorker: true,
  excerptLength: 22,
  excerptEllipsis: '…',
  highlightParam,
  ranking: {
    pageLength: 0.05,
    termFrequency: 0.7,
    metaWeights: { title: 10, context: 0 },
  },
} as const;
