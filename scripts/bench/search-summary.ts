/**
 * The search benchmark's arithmetic, apart from the browser: keystroke-to-result times from the
 * marks taken in the page, the engine's floor from the requests it made, and the medians the
 * budgets read.
 */
import type { Transfer } from './browser.ts';
import type { SearchMarks } from './search-in-page.ts';
import { median } from './stats.ts';

/** One typed query: time from its first and from its last keystroke to the first result on screen. */
export interface KeyTimes {
  /** First key typed → first result drawn; null when no result appeared. */
  readonly firstKeyMs: number | null;
  /** The key that completed the query → the first results drawn after it; null when none were. */
  readonly lastKeyMs: number | null;
}

/** A query typed on a fresh page, with what the page fetched from opening the search to the first result. */
export interface ColdKeyTimes extends KeyTimes {
  /** `/` pressed (or the pointer down on the button) → focus in the search box. */
  readonly openToBoxMs: number | null;
  /** Bytes as sent from opening the search to the first result; null when no result appeared. */
  readonly bytes: number | null;
  /** Requests to Pagefind's result fragments started before the first result was drawn. */
  readonly fragments: number | null;
  /** Mean time between two keys as the page received them (the benchmark sends one every 30 ms). */
  readonly keySpacingMs: number | null;
}

const span = (from: number | null, to: number | null) => (from === null || to === null ? null : to - from);

export function keyTimes(marks: SearchMarks): KeyTimes {
  return { firstKeyMs: span(marks.firstKeyAt, marks.firstResultAt), lastKeyMs: span(marks.lastKeyAt, marks.lastResultAt) };
}

/** Mean time between the keys of a query of `keys` characters, from the first to the one that completed it. */
export function keySpacing(marks: SearchMarks, keys: number): number | null {
  const typing = span(marks.firstKeyAt, marks.lastKeyAt);
  return typing === null || keys < 2 ? null : typing / (keys - 1);
}

/** The first result's time as an epoch time, the clock request timings use; null when none was drawn. */
export function firstResultEpoch(marks: SearchMarks): number | null {
  return marks.firstResultAt === null ? null : marks.timeOrigin + marks.firstResultAt;
}

/** A request for one of Pagefind's result fragments (a result's title, excerpt and URL). */
export const isFragment = (t: Pick<Transfer, 'url'>) => new URL(t.url).pathname.includes('/pagefind/fragment/');

/** Bytes as sent and fragment requests among the transfers made before the first result. */
export function transfersToFirstResult(transfers: readonly Transfer[]): { bytes: number; fragments: number } {
  return { bytes: transfers.reduce((sum, t) => sum + t.encodedBytes, 0), fragments: transfers.filter(isFragment).length };
}

/**
 * The engine's own floor for a query: what Pagefind's engine alone fetched on a fresh page
 * (pagefind.js, the entry and meta files, the WebAssembly, the index and filter chunks the query
 * needs) without its result fragments, which a UI may load fewer or more of.
 */
export function engineFloorBytes(transfers: readonly Transfer[]): number {
  return transfers.filter((t) => !isFragment(t)).reduce((sum, t) => sum + t.encodedBytes, 0);
}

/** A median and how many queries it is over (queries with no figure are left out). */
export interface Median {
  readonly median: number;
  readonly of: number;
}

export function medianOfDefined(values: readonly (number | null)[]): Median {
  const defined = values.filter((v): v is number => v !== null && !Number.isNaN(v));
  return { median: median(defined), of: defined.length };
}

export interface QueryTiming {
  readonly query: string;
  /** Fresh page, `/` pressed (no pointer, so nothing preloaded on hover), the query typed. */
  readonly keyboardCold: ColdKeyTimes;
  /** The same dialog after a previous query: box cleared, the query typed. */
  readonly keyboardWarm: KeyTimes;
  /** Fresh page, the pointer resting on the search button until its preload settled, a click, the query typed. */
  readonly clickCold: KeyTimes;
  /** Pagefind's engine alone on a fresh page: import, search, the first result's data. */
  readonly engineCold: { readonly ms: number; readonly results: number; readonly bytes: number; readonly floorBytes: number };
  /** The engine alone, loaded, the query's prefix searched just before. */
  readonly engineWarmMs: number;
}

export interface SearchSummary {
  readonly queries: number;
  readonly keyboard: {
    readonly cold: { readonly firstKey: Median; readonly lastKey: Median };
    readonly warm: { readonly firstKey: Median; readonly lastKey: Median };
    readonly openToBox: Median;
    readonly keySpacing: Median;
    readonly bytesToFirstResult: Median;
    readonly fragmentsBeforeFirstResult: Median;
    /** The most fragment requests any query made before its first result. */
    readonly mostFragmentsBeforeFirstResult: number;
  };
  readonly click: { readonly firstKey: Median; readonly lastKey: Median };
  readonly engine: { readonly cold: Median; readonly warm: Median; readonly bytes: Median; readonly floorBytes: Median };
}

/** Medians over the queries of every figure the report and the budgets use. */
export function summarizeSearch(timings: readonly QueryTiming[]): SearchSummary {
  const of = (pick: (t: QueryTiming) => number | null) => medianOfDefined(timings.map(pick));
  return {
    queries: timings.length,
    keyboard: {
      cold: { firstKey: of((t) => t.keyboardCold.firstKeyMs), lastKey: of((t) => t.keyboardCold.lastKeyMs) },
      warm: { firstKey: of((t) => t.keyboardWarm.firstKeyMs), lastKey: of((t) => t.keyboardWarm.lastKeyMs) },
      openToBox: of((t) => t.keyboardCold.openToBoxMs),
      keySpacing: of((t) => t.keyboardCold.keySpacingMs),
      bytesToFirstResult: of((t) => t.keyboardCold.bytes),
      fragmentsBeforeFirstResult: of((t) => t.keyboardCold.fragments),
      mostFragmentsBeforeFirstResult: Math.max(0, ...timings.map((t) => t.keyboardCold.fragments ?? 0)),
    },
    click: { firstKey: of((t) => t.clickCold.firstKeyMs), lastKey: of((t) => t.clickCold.lastKeyMs) },
    engine: {
      cold: of((t) => t.engineCold.ms),
      warm: of((t) => t.engineWarmMs),
      bytes: of((t) => t.engineCold.bytes),
      floorBytes: of((t) => t.engineCold.floorBytes),
    },
  };
}
