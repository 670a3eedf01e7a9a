/**
 * Search as a reader feels it, from an article of the built site. The headline is the keyboard
 * path: a fresh page, `/` pressed with no pointer anywhere (so nothing was preloaded on hover), the
 * query typed at once, a key every 30 ms; timed from the first and from the last keystroke to the
 * first result on screen, cold and warm (the dialog open after a previous query, the box cleared).
 * Beside it: the click path (the pointer rests on the header's button until its preload settles,
 * then a click) and Pagefind's engine alone, cold and warm, in the same run; plus the bytes and
 * fragment requests until the first result, and the engine's own floor of bytes.
 *
 * Each cold query gets the three fresh pages one after the other, so a busy moment of the machine
 * hits all three paths alike.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { root } from '../paths.ts';
import { networkQuiet, phone, recordRequests } from './browser.ts';
import { typist } from './typing.ts';
import { engineSearch, resultsCleared, searchMarks, watchSearch } from './search-in-page.ts';
import {
  engineFloorBytes,
  firstResultEpoch,
  keySpacing,
  keyTimes,
  summarizeSearch,
  transfersToFirstResult,
  type ColdKeyTimes,
  type KeyTimes,
  type QueryTiming,
  type SearchSummary,
} from './search-summary.ts';

/** The search feature's reader queries (tests/build/search-ranking.test.ts checks where they land). */
const queryFile = 'tests/search/queries.json';

/** Queries timed by default. */
export const defaultQueryCount = 20;

export interface SearchResults {
  readonly queriesFrom: string;
  /** The page search is opened from. */
  readonly page: string;
  /** Time between two keys as typed. */
  readonly keyIntervalMs: number;
  readonly queries: readonly QueryTiming[];
  readonly summary: SearchSummary;
}

/** `count` distinct queries of the committed list (at most all), spread over it: it is grouped by topic. */
export function benchQueries(count: number = defaultQueryCount): { from: string; queries: string[] } {
  const { queries } = JSON.parse(readFileSync(path.join(root, queryFile), 'utf8')) as { queries: { query: string }[] };
  const distinct = [...new Set(queries.map((q) => q.query))];
  const step = Math.max(1, distinct.length / count);
  const picked = Array.from({ length: Math.min(count, distinct.length) }, (_, i) => distinct[Math.floor(i * step)] ?? '');
  return { from: queryFile, queries: picked };
}

async function freshPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  return page;
}

/** Waits for focus in the search box; throws when the UI contract is not met. */
async function boxFocused(page: Page, how: string): Promise<void> {
  try {
    await page.waitForFunction(() => document.activeElement?.id === 'search-input', null, { polling: 'raf', timeout: 5000 });
  } catch (error) {
    throw new Error(`${how} on ${page.url()} did not focus input#search-input: ${(error as Error).message}`);
  }
}

/**
 * On a fresh page: arms the watch, opens the search with `open`, waits for focus in the box, types
 * the query a key every `intervalMs`; returns the key times and what was fetched until the first result.
 */
async function coldTyping(page: Page, query: string, intervalMs: number, how: string, open: () => Promise<void>): Promise<ColdKeyTimes> {
  const keys = await typist(page);
  try {
    const requests = recordRequests(page);
    await page.evaluate(watchSearch, query);
    const mark = requests.mark();
    await open();
    await boxFocused(page, how);
    await keys.type(query, intervalMs);
    const marks = await page.evaluate(searchMarks);
    const until = firstResultEpoch(marks);
    const fetched = until === null ? null : transfersToFirstResult(await requests.since(mark, until));
    const openToBoxMs = marks.openAt === null || marks.boxFocusedAt === null ? null : marks.boxFocusedAt - marks.openAt;
    return {
      ...keyTimes(marks),
      openToBoxMs,
      bytes: fetched?.bytes ?? null,
      fragments: fetched?.fragments ?? null,
      keySpacingMs: keySpacing(marks, [...query].length),
    };
  } finally {
    await keys.detach();
  }
}

/** The keyboard path, cold: `/` on a fresh page, no pointer event at all. */
async function keyboardColdRun(browser: Browser, url: string, query: string, intervalMs: number): Promise<ColdKeyTimes> {
  const page = await freshPage(browser, url);
  try {
    return await coldTyping(page, query, intervalMs, 'pressing /', () => page.keyboard.press('/'));
  } finally {
    await page.context().close();
  }
}

/** The click path, cold: the pointer rests on the header's button until the requests it starts settle, then clicks. */
async function clickColdRun(browser: Browser, url: string, query: string, intervalMs: number): Promise<KeyTimes> {
  const page = await freshPage(browser, url);
  try {
    const button = page.locator('[data-search-open]').first();
    const settled = networkQuiet(page, 300);
    await button.hover();
    await settled;
    const { firstKeyMs, lastKeyMs } = await coldTyping(page, query, intervalMs, 'clicking [data-search-open]', () => button.click());
    return { firstKeyMs, lastKeyMs };
  } finally {
    await page.context().close();
  }
}

/** The keyboard path, warm: one dialog; for each query the box is cleared, then the query typed. */
async function keyboardWarmRuns(browser: Browser, url: string, queries: readonly string[], intervalMs: number): Promise<KeyTimes[]> {
  const page = await freshPage(browser, url);
  const keys = await typist(page);
  try {
    const box = page.locator('input#search-input');
    const typeWatched = async (query: string) => {
      await page.evaluate(watchSearch, query);
      await keys.type(query, intervalMs);
      return keyTimes(await page.evaluate(searchMarks));
    };
    await page.keyboard.press('/');
    await boxFocused(page, 'pressing /');
    await typeWatched('kafka');
    const times: KeyTimes[] = [];
    for (const query of queries) {
      await box.fill('');
      await page.evaluate(resultsCleared, 300);
      times.push(await typeWatched(query));
    }
    return times;
  } finally {
    await keys.detach();
    await page.context().close();
  }
}

/** Engine alone on a fresh page: time and bytes from nothing loaded to the first result's data. */
export async function engineColdRun(
  browser: Browser,
  url: string,
  query: string,
): Promise<{ ms: number; results: number; bytes: number; floorBytes: number }> {
  const page = await freshPage(browser, url);
  try {
    const requests = recordRequests(page);
    const mark = requests.mark();
    const { ms, results } = await page.evaluate(engineSearch, [query, null] as [string, string | null]);
    const transfers = await requests.since(mark);
    return { ms, results, bytes: transfersToFirstResult(transfers).bytes, floorBytes: engineFloorBytes(transfers) };
  } finally {
    await page.context().close();
  }
}

/** Engine alone with everything loaded: for each query, search its prefix untimed, then time the query. */
async function engineWarmRuns(browser: Browser, url: string, queries: readonly string[]): Promise<number[]> {
  const page = await freshPage(browser, url);
  try {
    await page.evaluate(engineSearch, ['kafka', null] as [string, string | null]);
    const times: number[] = [];
    for (const query of queries) times.push((await page.evaluate(engineSearch, [query, query.slice(0, -1)] as [string, string | null])).ms);
    return times;
  } finally {
    await page.context().close();
  }
}

/** Measures search from the page at `pagePath` (the comparison article): `count` queries, keys typed `keyIntervalMs` apart. */
export async function measureSearch(
  browser: Browser,
  origin: string,
  pagePath: string,
  { count, keyIntervalMs }: { count: number; keyIntervalMs: number },
): Promise<SearchResults> {
  const url = origin + pagePath;
  const { from, queries } = benchQueries(count);
  console.log(`  search: ${queries.length} queries from ${from}, a key every ${keyIntervalMs} ms`);
  const cold: Pick<QueryTiming, 'engineCold' | 'keyboardCold' | 'clickCold'>[] = [];
  for (const query of queries) {
    cold.push({
      engineCold: await engineColdRun(browser, url, query),
      keyboardCold: await keyboardColdRun(browser, url, query, keyIntervalMs),
      clickCold: await clickColdRun(browser, url, query, keyIntervalMs),
    });
  }
  const engineWarm = await engineWarmRuns(browser, url, queries);
  const keyboardWarm = await keyboardWarmRuns(browser, url, queries, keyIntervalMs);
  const none: KeyTimes = { firstKeyMs: null, lastKeyMs: null };
  const timings: QueryTiming[] = queries.map((query, i) => {
    const c = cold[i];
    if (!c) throw new Error(`search: no cold run for "${query}"`);
    return { query, ...c, keyboardWarm: keyboardWarm[i] ?? none, engineWarmMs: engineWarm[i] ?? Number.NaN };
  });
  return { queriesFrom: from, page: pagePath, keyIntervalMs, queries: timings, summary: summarizeSearch(timings) };
}
