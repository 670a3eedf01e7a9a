import { describe, expect, it } from 'vitest';
import type { Transfer } from '../../../scripts/bench/browser.ts';
import type { SearchMarks } from '../../../scripts/bench/search-in-page.ts';
import {
  engineFloorBytes,
  firstResultEpoch,
  keySpacing,
  keyTimes,
  summarizeSearch,
  transfersToFirstResult,
  type QueryTiming,
} from '../../../scripts/bench/search-summary.ts';

const marks = (m: Partial<SearchMarks>): SearchMarks => ({
  openAt: null,
  boxFocusedAt: null,
  firstKeyAt: null,
  lastKeyAt: null,
  firstResultAt: null,
  lastResultAt: null,
  timeOrigin: 1_000_000,
  ...m,
});

const transfer = (pathname: string, encodedBytes: number): Transfer => ({
  url: `http://127.0.0.1:4321${pathname}`,
  kind: 'other',
  encodedBytes,
  decodedBytes: encodedBytes,
});

describe('keyTimes and keySpacing', () => {
  it('time each result from its keystroke, in the page clock', () => {
    const m = marks({ firstKeyAt: 100, lastKeyAt: 400, firstResultAt: 250, lastResultAt: 430 });
    expect(keyTimes(m)).toEqual({ firstKeyMs: 150, lastKeyMs: 30 });
    expect(keySpacing(m, 11)).toBe(30);
    expect(firstResultEpoch(m)).toBe(1_000_250);
  });

  it('are null for what did not happen', () => {
    expect(keyTimes(marks({ firstKeyAt: 100, lastKeyAt: 400 }))).toEqual({ firstKeyMs: null, lastKeyMs: null });
    expect(keySpacing(marks({ firstKeyAt: 100, lastKeyAt: 100 }), 1)).toBeNull();
    expect(firstResultEpoch(marks({}))).toBeNull();
  });
});

describe('bytes to the first result and the engine floor', () => {
  const fetched = [
    transfer('/_astro/search-dialog.js', 4000),
    transfer('/pagefind/pagefind.js', 13000),
    transfer('/pagefind/wasm.en.pagefind', 60000),
    transfer('/pagefind/index/en_1.pf_index', 30000),
    transfer('/pagefind/fragment/en_a.pf_fragment', 500),
    transfer('/pagefind/fragment/en_b.pf_fragment', 700),
  ];

  it('counts every byte as sent and the fragment requests', () => {
    expect(transfersToFirstResult(fetched)).toEqual({ bytes: 108200, fragments: 2 });
  });

  it('leaves the fragments out of the floor', () => {
    expect(engineFloorBytes(fetched)).toBe(107000);
  });
});

describe('summarizeSearch', () => {
  const timing = (query: string, first: number | null, fragments: number | null, engine: number): QueryTiming => ({
    query,
    keyboardCold: {
      firstKeyMs: first,
      lastKeyMs: first,
      openToBoxMs: 20,
      bytes: first === null ? null : 100_000,
      fragments,
      keySpacingMs: 30,
    },
    keyboardWarm: { firstKeyMs: 10, lastKeyMs: 5 },
    clickCold: { firstKeyMs: 50, lastKeyMs: 40 },
    engineCold: { ms: engine, results: 3, bytes: 90_500, floorBytes: 90_000 },
    engineWarmMs: 3,
  });

  it('takes medians over the queries that showed a result and counts them', () => {
    const summary = summarizeSearch([
      timing('a', 100, 2, 90),
      timing('b', 300, 6, 110),
      timing('c', null, null, 130),
      timing('d', 200, 1, 100),
    ]);
    expect(summary.queries).toBe(4);
    expect(summary.keyboard.cold.firstKey).toEqual({ median: 200, of: 3 });
    expect(summary.keyboard.fragmentsBeforeFirstResult).toEqual({ median: 2, of: 3 });
    expect(summary.keyboard.mostFragmentsBeforeFirstResult).toBe(6);
    expect(summary.engine.cold).toEqual({ median: 105, of: 4 });
    expect(summary.engine.floorBytes.median).toBe(90_000);
    expect(summary.click.lastKey).toEqual({ median: 40, of: 4 });
  });
});
