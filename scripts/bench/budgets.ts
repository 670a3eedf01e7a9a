/**
 * The performance budgets (scripts/bench/budgets.json) and their check against a benchmark run. A budget
 * whose figure was not measured in the run (a section skipped or failed, a scale run smaller than the
 * budget's page count) is reported as such and never fails the run (a failed section fails it).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FormFactor } from './lighthouse.ts';
import type { BenchResults } from './report.ts';
import { scaleBudgetChecks, type ScaleBudget } from './scale-budgets.ts';
import { KiB } from './stats.ts';

export interface Budgets {
  readonly comparison: {
    readonly path: string;
    readonly maxRequests: number;
    readonly maxCssJsGzipKiB: number;
    readonly maxJsExecutedKiB: number;
    readonly maxCls: number;
    readonly maxFontKiB: number;
    readonly fontsSelfHosted: boolean;
    /** Other reading pages that `npm test` holds to the same request and CSS + JS budgets (tests/build/budgets.test.ts). */
    readonly readingPaths?: readonly string[];
  };
  /** The decision guide: the one page with its own script at first load. */
  readonly guide: { readonly path: string; readonly maxRequests: number; readonly maxJsGzipKiB: number; readonly maxCls: number };
  readonly lighthouse: { readonly paths: readonly string[]; readonly formFactors: readonly FormFactor[]; readonly minScore: number };
  readonly search: { readonly maxWarmMedianMs: number; readonly maxBytesToFirstResultKiB: number };
  readonly scale: ScaleBudget;
}

export const budgetsFile = path.join(import.meta.dirname, 'budgets.json');

export function loadBudgets(file: string = budgetsFile): Budgets {
  return JSON.parse(readFileSync(file, 'utf8')) as Budgets;
}

export type BudgetStatus = 'pass' | 'fail' | 'not measured';

export interface BudgetCheck {
  readonly budget: string;
  readonly limit: string;
  readonly measured: string;
  readonly status: BudgetStatus;
}

const kib = (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`;

/** Every budget with its limit, the run's figure and whether it passed. */
export function checkBudgets(budgets: Budgets, results: Omit<BenchResults, 'budgets'>): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const check = (budget: string, limit: string, measured: string | null, ok: boolean) =>
    checks.push({ budget, limit, measured: measured ?? '—', status: measured === null ? 'not measured' : ok ? 'pass' : 'fail' });
  const notMeasured = (budget: string, limit: string, why: string) => checks.push({ budget, limit, measured: why, status: 'not measured' });

  const c = budgets.comparison;
  const page = results.pages?.find((p) => p.path === c.path)?.metrics ?? null;
  const at = `comparison ${c.path}`;
  check(`${at}: requests at first load`, `≤ ${c.maxRequests}`, page && String(page.requests), !!page && page.requests <= c.maxRequests);
  check(
    `${at}: CSS + JS gzip`,
    `≤ ${c.maxCssJsGzipKiB} KiB`,
    page && kib(page.cssJsGzip),
    !!page && page.cssJsGzip <= c.maxCssJsGzipKiB * KiB,
  );
  check(
    `${at}: JS executed before interaction`,
    `≤ ${c.maxJsExecutedKiB} KiB`,
    page && kib(page.jsExecuted),
    !!page && page.jsExecuted <= c.maxJsExecutedKiB * KiB,
  );
  check(`${at}: CLS`, `≤ ${c.maxCls}`, page && page.cls.toFixed(4), !!page && page.cls <= c.maxCls);
  check(
    `${at}: web fonts (self-hosted, subset)`,
    `${c.fontsSelfHosted ? 'self-hosted, ' : ''}≤ ${c.maxFontKiB} KiB`,
    page && `${kib(page.fontGzip)}${page.foreignFonts ? `, ${page.foreignFonts} from another origin` : ''}`,
    !!page && page.fontGzip <= c.maxFontKiB * KiB && (!c.fontsSelfHosted || page.foreignFonts === 0),
  );

  const g = budgets.guide;
  const guide = results.pages?.find((p) => p.path === g.path)?.metrics ?? null;
  const atGuide = `decision guide ${g.path}`;
  check(
    `${atGuide}: requests at first load`,
    `≤ ${g.maxRequests}`,
    guide && String(guide.requests),
    !!guide && guide.requests <= g.maxRequests,
  );
  // The guide's module is inlined into its page: JS = files plus inline code (the page has no inline CSS).
  const guideJs = guide ? guide.cssJsGzip - guide.cssGzip : null;
  check(
    `${atGuide}: JS gzip (files and inline)`,
    `≤ ${g.maxJsGzipKiB} KiB`,
    guideJs === null ? null : kib(guideJs),
    guideJs !== null && guideJs <= g.maxJsGzipKiB * KiB,
  );
  check(`${atGuide}: CLS`, `≤ ${g.maxCls}`, guide && guide.cls.toFixed(4), !!guide && guide.cls <= g.maxCls);

  const lh = budgets.lighthouse;
  for (const p of lh.paths) {
    for (const formFactor of lh.formFactors) {
      const run = results.lighthouse?.find((r) => r.path === p && r.formFactor === formFactor);
      const scores = run ? Object.values(run.scores) : [];
      const measured = run
        ? Object.entries(run.scores)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')
        : null;
      check(
        `Lighthouse ${formFactor} ${p}: all four categories`,
        `≥ ${lh.minScore}`,
        measured,
        scores.every((s) => s >= lh.minScore),
      );
    }
  }

  const s = budgets.search;
  const ui = results.search?.ui ?? null;
  if (ui) {
    check(
      'search: warm last key → first result (median)',
      `≤ ${s.maxWarmMedianMs} ms`,
      `${Math.round(ui.warmMs)} ms`,
      ui.warmMs <= s.maxWarmMedianMs,
    );
    check(
      'search: bytes to first result (gzip)',
      `≤ ${s.maxBytesToFirstResultKiB} KiB`,
      kib(ui.bytesToFirstResult),
      ui.bytesToFirstResult <= s.maxBytesToFirstResultKiB * KiB,
    );
  } else {
    notMeasured('search: warm last key → first result (median)', `≤ ${s.maxWarmMedianMs} ms`, 'search not run');
    notMeasured('search: bytes to first result (gzip)', `≤ ${s.maxBytesToFirstResultKiB} KiB`, 'search not run');
  }

  checks.push(...scaleBudgetChecks(budgets.scale, results.scale));
  return checks;
}
