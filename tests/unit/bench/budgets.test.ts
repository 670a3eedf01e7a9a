import { describe, expect, it } from 'vitest';
import { checkBudgets, loadBudgets, weighedPaths, type Budgets } from '../../../scripts/bench/budgets.ts';
import type { LoadMetrics } from '../../../scripts/bench/page-weight.ts';
import type { BenchResults } from '../../../scripts/bench/report.ts';
import type { SearchResults } from '../../../scripts/bench/search-latency.ts';
import type { Median, SearchSummary } from '../../../scripts/bench/search-summary.ts';

const budgets = loadBudgets();

const nothing: Omit<BenchResults, 'budgets'> = {
  date: '2026-12-01T00:00:00.000Z',
  machine: { cpus: 2, cpuModel: 'CPU', memoryGiB: 24, node: 'v24', chromium: 'Chromium', loadAverage: { start: 0, end: 0 } },
  build: null,
  pageLoads: 1,
  pages: null,
  markup: null,
  search: null,
  lighthouse: null,
  scale: null,
  errors: [],
};

const m = (median: number, of = 20): Median => ({ median, of });

function searchRun(figures: {
  cold: number;
  engineCold: number;
  warmLast: number;
  bytes: number;
  floor: number;
  fragments: number;
  of?: number;
}): SearchResults {
  const of = figures.of ?? 20;
  const summary: SearchSummary = {
    queries: of,
    keyboard: {
      cold: { firstKey: m(figures.cold, of), lastKey: m(50, of) },
      warm: { firstKey: m(40, of), lastKey: m(figures.warmLast, of) },
      openToBox: m(20, of),
      keySpacing: m(30, of),
      bytesToFirstResult: m(figures.bytes, of),
      fragmentsBeforeFirstResult: m(figures.fragments, of),
      mostFragmentsBeforeFirstResult: figures.fragments,
    },
    click: { firstKey: m(60, of), lastKey: m(30, of) },
    engine: { cold: m(figures.engineCold, of), warm: m(3, of), bytes: m(figures.floor + 600, of), floorBytes: m(figures.floor, of) },
  };
  return { queriesFrom: 'queries.json', page: '/a/', keyIntervalMs: 30, queries: [], summary };
}

const searchChecks = (search: SearchResults | null, b: Budgets = budgets) =>
  checkBudgets(b, { ...nothing, search }).filter((c) => c.budget.startsWith('search'));
const statusOf = (search: SearchResults, name: string) => searchChecks(search).find((c) => c.budget.includes(name))?.status;

describe('the search budgets', () => {
  const passing = { cold: 140, engineCold: 120, warmLast: 20, bytes: 190 * 1024, floor: 180 * 1024, fragments: 3 };

  it('set the limits against the engine alone of the same run', () => {
    const checks = searchChecks(searchRun(passing));
    expect(checks.map((c) => c.status)).toEqual(['pass', 'pass', 'pass', 'pass']);
    const cold = checks[0];
    expect(cold?.limit).toBe('≤ floor + 30 ms = 150 ms');
    expect(cold?.floor).toBe('engine alone, cold: 120 ms');
    expect(checks[2]?.limit).toBe('≤ floor + 15 KiB = 195.0 KiB');
  });

  it('fail a keyboard path slower than the engine plus the offset, whatever the absolute figure', () => {
    expect(statusOf(searchRun({ ...passing, cold: 151 }), 'cold: first key')).toBe('fail');
    expect(statusOf(searchRun({ ...passing, cold: 400, engineCold: 380 }), 'cold: first key')).toBe('pass');
    expect(statusOf(searchRun({ ...passing, warmLast: 31 }), 'warm: last key')).toBe('fail');
    expect(statusOf(searchRun({ ...passing, bytes: 196 * 1024 }), 'bytes')).toBe('fail');
    expect(statusOf(searchRun({ ...passing, fragments: 6 }), 'fragment')).toBe('fail');
  });

  it(`fail on medians over fewer than ${budgets.search.minQueries} queries`, () => {
    const few = searchChecks(searchRun({ ...passing, of: budgets.search.minQueries - 1 }));
    expect(few.map((c) => c.status)).toEqual(['fail', 'fail', 'fail', 'fail']);
  });

  it('are "not measured" when search did not run', () => {
    expect(searchChecks(null).map((c) => c.status)).toEqual(['not measured', 'not measured', 'not measured', 'not measured']);
  });
});

describe('the page budgets', () => {
  const metrics = (over: Partial<LoadMetrics>): LoadMetrics =>
    ({ requests: 4, cssJsGzip: 9000, cssGzip: 5000, jsExecuted: 2000, cls: 0, fontRequests: 0, fontGzip: 0, ...over }) as LoadMetrics;
  const pages = (over: Partial<LoadMetrics>) => weighedPaths(budgets).map((p) => ({ path: p, metrics: metrics(over), loads: 1 }));
  const failed = (over: Partial<LoadMetrics>) =>
    checkBudgets(budgets, { ...nothing, pages: pages(over) })
      .filter((c) => c.status === 'fail')
      .map((c) => c.group ?? c.budget);

  it('hold every reading page and the guide', () => {
    expect(failed({})).toEqual([]);
  });

  it('allow no web font at all on a reading page', () => {
    expect(new Set(failed({ fontRequests: 1, fontGzip: 12_000 }))).toEqual(new Set(['reading pages: web font requests']));
  });

  it('give the guide one more request than a reading page', () => {
    expect(new Set(failed({ requests: 5 }))).toEqual(new Set(['reading pages: requests at first load']));
  });
});

describe('budgets.json', () => {
  it('names each page once per list, and Lighthouse and markup pages among the weighed ones', () => {
    const weighed = weighedPaths(budgets);
    for (const list of [budgets.reading.paths, budgets.lighthouse.paths, budgets.markupPerWord.paths])
      expect(new Set(list).size).toBe(list.length);
    expect(budgets.lighthouse.paths.filter((p) => !weighed.includes(p))).toEqual([]);
    expect(budgets.markupPerWord.paths.filter((p) => !weighed.includes(p))).toEqual([]);
  });
});
