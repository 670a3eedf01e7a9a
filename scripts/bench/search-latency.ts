/**
 * Search as a reader feels it: time from the last keystroke to the first result on screen, on a
 * fresh page (cold) and once the engine is loaded (warm), and the same queries through the Pagefind
 * engine alone, so the UI's own cost shows as a ratio; plus the bytes fetched until the first result.
 *
 * The UI contract (issue 6): a header control with `data-search-open` opens a dialog whose box is
 * `input#search-input`; results are `<a>` elements inside an element with `data-search-results`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { root } from '../paths.ts';
import { phone, recordRequests, totalBytes } from './browser.ts';
import { median } from './stats.ts';

/** The search feature's reader queries (tests/build/search-ranking.test.ts checks where they land). */
const queryFile = 'tests/search/queries.json';

const maxQueries = 20;

export interface QueryTiming {
  readonly query: string;
  /** UI, fresh page: last keystroke → first result drawn; null when no result appeared. */
  readonly uiColdMs: number | null;
  /** UI, engine loaded, the query's prefix already typed: last keystroke → first result drawn. */
  readonly uiWarmMs: number | null;
  /** Engine alone, fresh page: import, search, first result's data. */
  readonly engineColdMs: number;
  /** Engine alone, loaded, the prefix searched just before: search and first result's data. */
  readonly engineWarmMs: number;
  readonly engineResults: number;
  /** Bytes as sent from opening the search to the first result (UI), or for the cold engine run. */
  readonly uiColdBytes: number | null;
  readonly engineColdBytes: number;
}

export interface SearchMedians {
  readonly coldMs: number;
  readonly warmMs: number;
  readonly bytesToFirstResult: number;
}

export interface SearchResults {
  readonly queriesFrom: string;
  readonly queries: readonly QueryTiming[];
  readonly ui: SearchMedians;
  readonly engine: SearchMedians;
  /** UI median / engine median, cold and warm. */
  readonly ratio: { readonly cold: number; readonly warm: number };
}

/** The first (at most 20) distinct queries of the committed list. */
export function benchQueries(): { from: string; queries: string[] } {
  const { queries } = JSON.parse(readFileSync(path.join(root, queryFile), 'utf8')) as { queries: { query: string }[] };
  return { from: queryFile, queries: [...new Set(queries.map((q) => q.query))].slice(0, maxQueries) };
}

interface Pagefind {
  search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
}

/** In the page: loads the engine (first call), searches `prefix` untimed when given, then times `query`. */
async function engineSearch([query, prefix]: [string, string | null]): Promise<{ ms: number; results: number }> {
  const w = window as unknown as { benchPagefind?: Pagefind };
  const url = '/pagefind/pagefind.js';
  if (prefix !== null && w.benchPagefind) {
    // As a UI would have: search the prefix and load the results it shows.
    const shown = (await w.benchPagefind.search(prefix)).results.slice(0, 5);
    await Promise.all(shown.map((r) => r.data()));
  }
  const started = performance.now();
  w.benchPagefind ??= (await import(url)) as Pagefind;
  const { results } = await w.benchPagefind.search(query);
  await results[0]?.data();
  return { ms: performance.now() - started, results: results.length };
}

/**
 * In the page: from now on, waits for the first result drawn after the keystroke that makes the
 * box hold `query`: a change in the results that leaves a link in them, then the next frame
 * (null after 10 s).
 */
function armResultWatch(query: string): void {
  const w = window as unknown as { benchResult?: Promise<{ ms: number; at: number } | null> };
  const input = document.querySelector<HTMLInputElement>('input#search-input');
  const resultsBox = () => document.querySelector('[data-search-results]');
  const before = resultsBox()?.innerHTML ?? '';
  let lastKeyDown = 0;
  let keyAt: number | undefined;
  document.addEventListener('keydown', (e) => e.target === input && (lastKeyDown = e.timeStamp), true);
  document.addEventListener('input', (e) => e.target === input && input?.value === query && (keyAt = lastKeyDown), true);
  w.benchResult = new Promise((resolve) => {
    const observer = new MutationObserver((records) => {
      const box = resultsBox();
      if (keyAt === undefined || !box?.querySelector('a')) return;
      const linkAdded = records.some((r) =>
        [...r.addedNodes].some((n) => n instanceof Element && box.contains(n) && (n.matches('a') || !!n.querySelector('a'))),
      );
      if (!linkAdded && box.innerHTML === before) return;
      observer.disconnect();
      clearTimeout(timeout);
      const start = keyAt;
      requestAnimationFrame(() => resolve({ ms: performance.now() - start, at: performance.timeOrigin + performance.now() }));
    });
    const timeout = setTimeout(() => {
      observer.disconnect();
      resolve(null);
    }, 10_000);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

/** In the page: resolves once the results have not changed for `quietMs` (at most 5 s). */
function resultsSettled(quietMs: number): Promise<void> {
  return new Promise((resolve) => {
    let timer = setTimeout(done, quietMs);
    const cap = setTimeout(done, 5000);
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    function done() {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(cap);
      resolve();
    }
  });
}

async function freshPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  return page;
}

/** Opens the search dialog; throws when the UI contract is not met. */
async function openSearch(page: Page): Promise<void> {
  try {
    await page.locator('[data-search-open]').first().click({ timeout: 3000 });
    const box = page.locator('input#search-input');
    await box.waitFor({ state: 'visible', timeout: 3000 });
    await box.focus();
  } catch (error) {
    throw new Error(
      `the search dialog did not open on ${page.url()} (click [data-search-open], see input#search-input): ${(error as Error).message}`,
    );
  }
}

/** Engine alone on a fresh page: time and bytes from nothing loaded to the first result's data. */
export async function engineColdRun(browser: Browser, url: string, query: string): Promise<{ ms: number; results: number; bytes: number }> {
  const page = await freshPage(browser, url);
  try {
    const requests = recordRequests(page);
    const mark = requests.mark();
    const { ms, results } = await page.evaluate(engineSearch, [query, null] as [string, string | null]);
    return { ms, results, bytes: totalBytes(await requests.since(mark), 'encodedBytes') };
  } finally {
    await page.context().close();
  }
}

async function uiColdRun(browser: Browser, url: string, query: string): Promise<{ ms: number | null; bytes: number | null }> {
  const page = await freshPage(browser, url);
  try {
    const requests = recordRequests(page);
    const mark = requests.mark();
    await openSearch(page);
    await page.evaluate(armResultWatch, query);
    await page.keyboard.type(query);
    const result = await page.evaluate(
      () => (window as unknown as { benchResult: Promise<{ ms: number; at: number } | null> }).benchResult,
    );
    if (!result) return { ms: null, bytes: null };
    return { ms: result.ms, bytes: totalBytes(await requests.since(mark, result.at), 'encodedBytes') };
  } finally {
    await page.context().close();
  }
}

/** UI with a loaded engine: for each query, clear the box, type all but the last key, settle, time the last key. */
async function uiWarmRuns(browser: Browser, url: string, queries: readonly string[]): Promise<(number | null)[]> {
  const page = await freshPage(browser, url);
  try {
    await openSearch(page);
    await page.keyboard.type('kafka');
    await page.evaluate(resultsSettled, 500);
    const times: (number | null)[] = [];
    for (const query of queries) {
      await page.locator('input#search-input').fill('');
      await page.evaluate(resultsSettled, 300);
      await page.keyboard.type(query.slice(0, -1), { delay: 50 });
      await page.evaluate(resultsSettled, 300);
      await page.evaluate(armResultWatch, query);
      await page.keyboard.type(query.slice(-1));
      const result = await page.evaluate(() => (window as unknown as { benchResult: Promise<{ ms: number } | null> }).benchResult);
      times.push(result?.ms ?? null);
    }
    return times;
  } finally {
    await page.context().close();
  }
}

/** Engine with everything loaded: for each query, search its prefix untimed, then time the query. */
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

const definedMedian = (values: readonly (number | null)[]) => median(values.filter((v): v is number => v !== null));

/** Measures search from the page at `pagePath` (the comparison article). */
export async function measureSearch(browser: Browser, origin: string, pagePath: string): Promise<SearchResults> {
  const url = origin + pagePath;
  const { from, queries } = benchQueries();
  console.log(`  search: ${queries.length} queries from ${from}`);
  const engineCold: Awaited<ReturnType<typeof engineColdRun>>[] = [];
  for (const query of queries) engineCold.push(await engineColdRun(browser, url, query));
  const engineWarm = await engineWarmRuns(browser, url, queries);
  const uiCold: Awaited<ReturnType<typeof uiColdRun>>[] = [];
  for (const query of queries) uiCold.push(await uiColdRun(browser, url, query));
  const uiWarm = await uiWarmRuns(browser, url, queries);

  const timings: QueryTiming[] = queries.map((query, i) => ({
    query,
    uiColdMs: uiCold[i]?.ms ?? null,
    uiWarmMs: uiWarm[i] ?? null,
    engineColdMs: engineCold[i]?.ms ?? Number.NaN,
    engineWarmMs: engineWarm[i] ?? Number.NaN,
    engineResults: engineCold[i]?.results ?? 0,
    uiColdBytes: uiCold[i]?.bytes ?? null,
    engineColdBytes: engineCold[i]?.bytes ?? Number.NaN,
  }));
  const engine: SearchMedians = {
    coldMs: median(timings.map((t) => t.engineColdMs)),
    warmMs: median(timings.map((t) => t.engineWarmMs)),
    bytesToFirstResult: median(timings.map((t) => t.engineColdBytes)),
  };
  const ui: SearchMedians = {
    coldMs: definedMedian(timings.map((t) => t.uiColdMs)),
    warmMs: definedMedian(timings.map((t) => t.uiWarmMs)),
    bytesToFirstResult: definedMedian(timings.map((t) => t.uiColdBytes)),
  };
  return { queriesFrom: from, queries: timings, ui, engine, ratio: { cold: ui.coldMs / engine.coldMs, warm: ui.warmMs / engine.warmMs } };
}
