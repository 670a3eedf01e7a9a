/**
 * The scale budgets (the `scale` entry of scripts/bench/budgets.json) checked against a scale run:
 * ours / bare Astro + MDX for the marginal cost per 100 pages and for peak memory, and the size of
 * a synthetic page's HTML.
 */
import type { BudgetCheck } from './budgets.ts';
import type { ScaleResults } from './scale.ts';
import { KiB } from './stats.ts';

export interface ScaleBudget {
  /** Synthetic articles of the larger build; the smaller has half as many. */
  readonly pages: number;
  /** Our wall-time slope per 100 pages (share-card cache warm) over the bare site's. */
  readonly maxSlopeRatio: number;
  /** Our peak memory at the larger size (share-card cache warm) over the bare site's. */
  readonly maxPeakMemoryRatio: number;
  readonly maxPageHtmlGzipKiB: number;
}

/** The scale budgets' checks; "not measured" when the run was skipped or smaller than the budget's size. */
export function scaleBudgetChecks(budget: ScaleBudget, scale: ScaleResults | null): BudgetCheck[] {
  const at = `${budget.pages} synthetic pages`;
  const largest = scale?.sizes.at(-1)?.pages ?? 0;
  const why = scale ? `ran ${largest} pages; the budget is for ${budget.pages}` : 'scale run skipped';
  const check = (name: string, limit: string, measured: (s: ScaleResults) => string, ok: (s: ScaleResults) => boolean): BudgetCheck =>
    scale && largest >= budget.pages
      ? { budget: `${at}: ${name}`, limit, measured: measured(scale), status: ok(scale) ? 'pass' : 'fail' }
      : { budget: `${at}: ${name}`, limit, measured: why, status: 'not measured' };
  const times = (ratio: number) => `${ratio.toFixed(2)}×`;
  return [
    check(
      'build + index per 100 pages, ours / bare Astro + MDX (share cards cached)',
      `≤ ${budget.maxSlopeRatio}×`,
      (s) => `${times(s.ratio.slopeWarm)} (cold cache ${times(s.ratio.slopeCold)})`,
      (s) => s.ratio.slopeWarm <= budget.maxSlopeRatio,
    ),
    check(
      'peak memory, ours / bare Astro + MDX (share cards cached)',
      `≤ ${budget.maxPeakMemoryRatio}×`,
      (s) => `${times(s.ratio.peakWarm)} (cold cache ${times(s.ratio.peakCold)})`,
      (s) => s.ratio.peakWarm <= budget.maxPeakMemoryRatio,
    ),
    check(
      'HTML of a synthetic page (largest, gzip)',
      `≤ ${budget.maxPageHtmlGzipKiB} KiB`,
      (s) => `${(s.pageHtmlGzip.max / KiB).toFixed(1)} KiB`,
      (s) => s.pageHtmlGzip.max <= budget.maxPageHtmlGzipKiB * KiB,
    ),
  ];
}
