/**
 * The performance budgets (scripts/bench/budgets.json) and their check against a benchmark run. A budget
 * whose figure was not measured in the run (a section skipped or failed, a scale run smaller than the
 * budget's page count) is reported as such and never fails the run (a failed section fails it).
 * Budgets relative to a floor (search against Pagefind's engine alone) take the floor from the same run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FormFactor } from './lighthouse.ts';
import type { BenchResults } from './report.ts';
import { KiB } from './stats.ts';
import { scaleBudgetChecks, type ScaleBudget } from './scale-budgets.ts';

export interface Budgets {
  /** Reading pages (home, articles, table pages, FAQ, glossary, change log, version matrix). */
  readonly reading: {
    readonly paths: readonly string[];
    readonly maxRequests: number;
    readonly maxCssJsGzipKiB: number;
    readonly maxJsExecutedKiB: number;
    readonly maxCls: number;
    readonly maxFontRequests: number;
  };
  /** The decision guide: the one page with its own script at first load. */
  readonly guide: { readonly path: string; readonly maxRequests: number; readonly maxJsGzipKiB: number; readonly maxCls: number };
  /** Pages weighed and reported, with no budget of their own. */
  readonly reportedPaths: readonly string[];
  readonly markupPerWord: {
    readonly paths: readonly string[];
    readonly reportedPaths: readonly string[];
    /** The page whose markup stands for the chrome every page shares. */
    readonly chromePath: string;
    /** The most a page's markup may weigh over its text floor (markup-per-word.ts, textFloorBytes). */
    readonly maxOverTextFloor: number;
    /** The absolute figure, per 1,000 words, reported beside each page. */
    readonly targetKiBPer1000Words: number;
  };
  readonly lighthouse: {
    readonly paths: readonly string[];
    /** Audits per page and form factor; the form factors listed are the ones audited. */
    readonly runs: Readonly<Partial<Record<FormFactor, number>>>;
    readonly minScore: number;
  };
  readonly search: {
    /** The page search is opened from. */
    readonly page: string;
    readonly keyIntervalMs: number;
    /** Medians count only over at least this many queries that showed a result. */
    readonly minQueries: number;
    /** Keyboard path, cold, first key → first result ≤ the engine alone, cold, + this. */
    readonly coldFirstKeyOverEngineMs: number;
    readonly maxWarmLastKeyMs: number;
    /** Bytes to the first result ≤ the engine's floor + this. */
    readonly bytesOverEngineFloorKiB: number;
    readonly maxFragmentsBeforeFirstResult: number;
  };
  readonly scale: ScaleBudget;
}

export const budgetsFile = path.join(import.meta.dirname, 'budgets.json');

export function loadBudgets(file: string = budgetsFile): Budgets {
  return JSON.parse(readFileSync(file, 'utf8')) as Budgets;
}

/** Every page the weight section loads: reading pages, the guide, then the reported ones. */
export function weighedPaths(budgets: Budgets): string[] {
  return [...new Set([...budgets.reading.paths, budgets.guide.path, ...budgets.reportedPaths])];
}

export type BudgetStatus = 'pass' | 'fail' | 'not measured';

export interface BudgetCheck {
  readonly budget: string;
  readonly limit: string;
  readonly measured: string;
  readonly status: BudgetStatus;
  /** What the limit is set against, measured in the same run (e.g. the engine alone). */
  readonly floor?: string;
  /** Budgets that hold alike for several pages share a group (the compact table shows the worst). */
  readonly group?: string;
  /** The page a grouped budget was measured on. */
  readonly subject?: string;
  /** The measured figure, to find a group's worst: higher is worse unless `worse` says lower. */
  readonly value?: number;
  readonly worse?: 'higher' | 'lower';
}

/** Optional parts of a check: its floor and, for a budget held by several pages, its group. */
type CheckDetail = Pick<BudgetCheck, 'floor' | 'group' | 'subject' | 'value' | 'worse'>;
type Check = (budget: string, limit: string, measured: string | null, ok: boolean, detail?: CheckDetail) => void;

const kib = (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`;
const ms = (value: number) => (Number.isNaN(value) ? '—' : `${Math.round(value)} ms`);

function pageChecks(budgets: Budgets, results: Omit<BenchResults, 'budgets'>, check: Check): void {
  const metricsOf = (p: string) => results.pages?.find((page) => page.path === p)?.metrics ?? null;
  const r = budgets.reading;
  const rows: [string, string, (m: NonNullable<ReturnType<typeof metricsOf>>) => [string, number, boolean]][] = [
    ['requests at first load', `≤ ${r.maxRequests}`, (m) => [String(m.requests), m.requests, m.requests <= r.maxRequests]],
    ['CSS + JS gzip', `≤ ${r.maxCssJsGzipKiB} KiB`, (m) => [kib(m.cssJsGzip), m.cssJsGzip, m.cssJsGzip <= r.maxCssJsGzipKiB * KiB]],
    [
      'JS run before interaction',
      `≤ ${r.maxJsExecutedKiB} KiB`,
      (m) => [kib(m.jsExecuted), m.jsExecuted, m.jsExecuted <= r.maxJsExecutedKiB * KiB],
    ],
    ['CLS', `≤ ${r.maxCls}`, (m) => [m.cls.toFixed(4), m.cls, m.cls <= r.maxCls]],
    [
      'web font requests',
      `≤ ${r.maxFontRequests}`,
      (m) => [`${m.fontRequests} (${kib(m.fontGzip)})`, m.fontRequests, m.fontRequests <= r.maxFontRequests && m.fontGzip === 0],
    ],
  ];
  for (const [name, limit, measure] of rows) {
    for (const p of r.paths) {
      const m = metricsOf(p);
      const [measured, value, ok] = m ? measure(m) : [null, Number.NaN, false];
      check(`reading page ${p}: ${name}`, limit, measured, ok, { group: `reading pages: ${name}`, subject: p, value });
    }
  }

  const g = budgets.guide;
  const guide = metricsOf(g.path);
  const at = `decision guide ${g.path}`;
  check(`${at}: requests at first load`, `≤ ${g.maxRequests}`, guide && String(guide.requests), !!guide && guide.requests <= g.maxRequests);
  // The guide's module is inlined into its page: JS = files plus inline code (the page has no inline CSS).
  const guideJs = guide ? guide.cssJsGzip - guide.cssGzip : null;
  check(
    `${at}: JS gzip (files and inline)`,
    `≤ ${g.maxJsGzipKiB} KiB`,
    guideJs === null ? null : kib(guideJs),
    guideJs !== null && guideJs <= g.maxJsGzipKiB * KiB,
  );
  check(`${at}: CLS`, `≤ ${g.maxCls}`, guide && guide.cls.toFixed(4), !!guide && guide.cls <= g.maxCls);
}

function markupChecks(budgets: Budgets, results: Omit<BenchResults, 'budgets'>, check: Check): void {
  const b = budgets.markupPerWord;
  for (const p of b.paths) {
    const m = results.markup?.find((page) => page.path === p) ?? null;
    check(
      `prose page ${p}: markup per 1,000 words over its text floor`,
      `≤ ${b.maxOverTextFloor}× (target ${b.targetKiBPer1000Words} KiB)`,
      m && `${m.overFloor.toFixed(2)}× (${m.kibPer1000Words.toFixed(2)} KiB for ${m.words} words)`,
      !!m && m.overFloor <= b.maxOverTextFloor,
      {
        group: 'prose pages: markup per 1,000 words (gzip -9, beyond the 404 page) over the text alone',
        subject: p,
        value: m?.overFloor ?? Number.NaN,
        ...(m ? { floor: `${m.floorKiBPer1000Words.toFixed(2)} KiB, the text alone` } : {}),
      },
    );
  }
}

function lighthouseChecks(budgets: Budgets, results: Omit<BenchResults, 'budgets'>, check: Check): void {
  const lh = budgets.lighthouse;
  for (const formFactor of Object.keys(lh.runs) as FormFactor[]) {
    for (const p of lh.paths) {
      const run = results.lighthouse?.find((r) => r.path === p && r.formFactor === formFactor);
      const scores = run ? Object.values(run.scores) : [];
      const measured = run
        ? `${Object.entries(run.scores)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')} (median of ${run.runs}${run.audited < run.runs ? `, settled after ${run.audited}` : ''})`
        : null;
      check(
        `Lighthouse ${formFactor} ${p}: all four categories`,
        `≥ ${lh.minScore}`,
        measured,
        scores.every((s) => s >= lh.minScore),
        {
          group: `Lighthouse ${formFactor}: all four categories`,
          subject: p,
          value: scores.length ? Math.min(...scores) : Number.NaN,
          worse: 'lower',
        },
      );
    }
  }
}

/** Search budgets: limits are the engine alone's figures of the same run plus the budget's offset. */
function searchChecks(budgets: Budgets, results: Omit<BenchResults, 'budgets'>, check: Check): void {
  const s = budgets.search;
  const sum = results.search?.summary ?? null;
  const enough = (n: number) => n >= s.minQueries;
  const over = (n: number) => `median of ${n} queries${enough(n) ? '' : `, fewer than ${s.minQueries}`}`;

  const cold = sum?.keyboard.cold.firstKey;
  const engineCold = sum?.engine.cold;
  const coldLimit = engineCold ? engineCold.median + s.coldFirstKeyOverEngineMs : Number.NaN;
  check(
    'search, keyboard path, cold: first key → first result',
    `≤ floor + ${s.coldFirstKeyOverEngineMs} ms${engineCold ? ` = ${ms(coldLimit)}` : ''}`,
    cold && engineCold ? `${ms(cold.median)} (${over(cold.of)})` : null,
    !!cold && !!engineCold && enough(cold.of) && enough(engineCold.of) && cold.median <= coldLimit,
    { floor: engineCold ? `engine alone, cold: ${ms(engineCold.median)}` : '—' },
  );

  const warm = sum?.keyboard.warm.lastKey;
  check(
    'search, keyboard path, warm: last key → first result',
    `≤ ${s.maxWarmLastKeyMs} ms`,
    warm ? `${ms(warm.median)} (${over(warm.of)})` : null,
    !!warm && enough(warm.of) && warm.median <= s.maxWarmLastKeyMs,
    { floor: sum ? `engine alone, warm: ${ms(sum.engine.warm.median)}` : '—' },
  );

  const bytes = sum?.keyboard.bytesToFirstResult;
  const engineFloor = sum?.engine.floorBytes;
  const bytesLimit = engineFloor ? engineFloor.median + s.bytesOverEngineFloorKiB * KiB : Number.NaN;
  check(
    'search, keyboard path: bytes to the first result (gzip)',
    `≤ floor + ${s.bytesOverEngineFloorKiB} KiB${engineFloor ? ` = ${kib(bytesLimit)}` : ''}`,
    bytes ? `${kib(bytes.median)} (${over(bytes.of)})` : null,
    !!bytes && !!engineFloor && enough(bytes.of) && bytes.median <= bytesLimit,
    { floor: engineFloor ? `engine alone: ${kib(engineFloor.median)}` : '—' },
  );

  const fragments = sum?.keyboard.fragmentsBeforeFirstResult;
  check(
    'search, keyboard path: fragment requests before the first result',
    `≤ ${s.maxFragmentsBeforeFirstResult}`,
    fragments && sum
      ? `${sum.keyboard.mostFragmentsBeforeFirstResult} at most (median ${fragments.median}, ${fragments.of} queries)`
      : null,
    !!fragments && !!sum && enough(fragments.of) && sum.keyboard.mostFragmentsBeforeFirstResult <= s.maxFragmentsBeforeFirstResult,
    { floor: sum ? 'engine alone: 1' : '—' },
  );
}

/** Every budget with its limit, the run's figure and whether it passed. */
export function checkBudgets(budgets: Budgets, results: Omit<BenchResults, 'budgets'>): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const check: Check = (budget, limit, measured, ok, detail = {}) =>
    checks.push({ budget, limit, measured: measured ?? '—', status: measured === null ? 'not measured' : ok ? 'pass' : 'fail', ...detail });

  pageChecks(budgets, results, check);
  markupChecks(budgets, results, check);
  lighthouseChecks(budgets, results, check);
  searchChecks(budgets, results, check);

  checks.push(...scaleBudgetChecks(budgets.scale, results.scale));
  return checks;
}
