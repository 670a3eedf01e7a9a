/**
 * The benchmark's results: their shape, the printed tables (Markdown), the JSON file, and the
 * compact budget table for the README (scripts/bench/report.md, also printed between markers).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BudgetCheck } from './budgets.ts';
import { root } from '../paths.ts';
import type { ProcessCost } from '../process-cost.ts';
import type { LighthouseRun } from './lighthouse.ts';
import type { PageMarkup } from './markup-per-word.ts';
import type { PageWeight } from './page-weight.ts';
import type { ScaleResults } from './scale.ts';
import type { SearchResults } from './search-latency.ts';
import type { Median } from './search-summary.ts';
import { KiB } from './stats.ts';
import { scaleTable } from './scale-report.ts';

export interface BenchResults {
  readonly date: string;
  readonly machine: {
    readonly cpus: number;
    readonly cpuModel: string;
    readonly memoryGiB: number;
    readonly node: string;
    readonly chromium: string;
    /** 1-minute load average when the run started and ended: other work on the machine skews timings. */
    readonly loadAverage: { readonly start: number; readonly end: number };
  };
  /** Build of the real site (astro build + Pagefind), or null when not built in this run. */
  readonly build: ProcessCost | null;
  readonly pageLoads: number;
  readonly pages: readonly PageWeight[] | null;
  /** Markup per word of the prose pages (measured with the page weight). */
  readonly markup: readonly PageMarkup[] | null;
  readonly search: SearchResults | null;
  readonly lighthouse: readonly LighthouseRun[] | null;
  readonly scale: ScaleResults | null;
  readonly budgets: readonly BudgetCheck[];
  /** Sections that failed to run, with their error. */
  readonly errors: readonly string[];
}

export const resultsFile = path.join(root, 'scripts/bench/results.json');
export const readmeTableFile = path.join(root, 'scripts/bench/report.md');

/** Writes results.json and the README's table (report.md). */
export function writeResults(results: BenchResults): void {
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(readmeTableFile, formatReadmeTable(results));
}

const kib = (bytes: number) => (bytes / KiB).toFixed(1);
const ms = (value: number | null) => (value === null || Number.isNaN(value) ? '—' : String(Math.round(value)));
const seconds = (value: number) => value.toFixed(2);

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function pageTable(pages: readonly PageWeight[], loads: number): string {
  const pair = (raw: number, gzip: number) => (raw === 0 ? '0' : `${kib(raw)} / ${kib(gzip)}`);
  const rows = pages.map(({ path: p, metrics: m }) =>
    m
      ? [
          `\`${p}\``,
          String(m.requests),
          pair(m.htmlRaw, m.htmlGzip),
          pair(m.cssRaw, m.cssGzip),
          pair(m.jsRaw, m.jsGzip),
          m.fontRequests === 0 ? '0' : `${m.fontRequests}: ${pair(m.fontRaw, m.fontGzip)}`,
          pair(m.imageRaw, m.imageGzip),
          kib(m.totalGzip),
          kib(m.cssJsGzip),
          `${kib(m.jsExecuted)} / ${kib(m.jsLoaded)}`,
          m.scriptMs.toFixed(1),
          m.cls.toFixed(3),
          ms(m.lcpMs),
        ]
      : [`\`${p}\``, 'not built', '', '', '', '', '', '', '', '', '', '', ''],
  );
  return [
    `Page weight: phone profile (375 × 800), no throttling, median of ${loads} fresh loads. Sizes in KiB, raw / gzip (as sent by scripts/serve.ts); CSS + JS includes inline code; JS run = V8 coverage before any interaction.`,
    '',
    table(
      [
        'page',
        'requests',
        'HTML',
        'CSS',
        'JS (files)',
        'fonts',
        'images',
        'total gzip',
        'CSS + JS gzip',
        'JS run / loaded',
        'script ms',
        'CLS',
        'LCP ms',
      ],
      rows,
    ),
  ].join('\n');
}

function markupTable(pages: readonly PageMarkup[]): string {
  const rows = pages.map((p) => [
    `\`${p.path}\`${p.budgeted ? '' : ' (reported)'}`,
    String(p.words),
    kib(p.bytes),
    p.kibPer1000Words.toFixed(2),
    p.floorKiBPer1000Words.toFixed(2),
    `${p.overFloor.toFixed(2)}×`,
  ]);
  return [
    'Markup per word: gzip -9 of the HTML without JSON-LD and inline SVG, minus the same for the 404 page; words of the text in `<main>` without code blocks, scripts, styles and SVG. The floor is the gzip of that text alone, code blocks included.',
    '',
    table(['page', 'words', 'KiB beyond the chrome', 'KiB per 1,000 words', 'text alone', 'over the text'], rows),
  ].join('\n');
}

function searchTable(search: SearchResults): string {
  const { keyboard, click, engine } = search.summary;
  // A path where some queries showed no result in 10 s says over how many the median is.
  const med = (m: Median) =>
    m.of === 0 ? '—' : `${ms(m.median)}${m.of < search.queries.length ? ` (${m.of} of ${search.queries.length})` : ''}`;
  const rows = [
    [
      'keyboard: `/`, then type (no pointer)',
      med(keyboard.cold.firstKey),
      med(keyboard.cold.lastKey),
      med(keyboard.warm.firstKey),
      med(keyboard.warm.lastKey),
    ],
    ['click: pointer rested on the button, click, type', med(click.firstKey), med(click.lastKey), '', ''],
    ['Pagefind engine alone (import, search, first result data)', med(engine.cold), '', '', med(engine.warm)],
  ];
  const bytes = [
    [
      'keyboard path, cold',
      keyboard.bytesToFirstResult.of === 0 ? '—' : kib(keyboard.bytesToFirstResult.median),
      `${keyboard.fragmentsBeforeFirstResult.median} (at most ${keyboard.mostFragmentsBeforeFirstResult})`,
    ],
    ['engine alone: its floor (no fragments)', kib(engine.floorBytes.median), '0'],
    ['engine alone, with its first result', kib(engine.bytes.median), '1'],
  ];
  const perQuery = search.queries.map((q) => [
    q.query,
    ms(q.keyboardCold.firstKeyMs),
    ms(q.keyboardCold.lastKeyMs),
    ms(q.keyboardWarm.firstKeyMs),
    ms(q.keyboardWarm.lastKeyMs),
    ms(q.clickCold.firstKeyMs),
    ms(q.clickCold.lastKeyMs),
    ms(q.engineCold.ms),
    ms(q.engineWarmMs),
    q.keyboardCold.bytes === null ? '—' : kib(q.keyboardCold.bytes),
    kib(q.engineCold.floorBytes),
    q.keyboardCold.fragments === null ? '—' : String(q.keyboardCold.fragments),
    String(q.engineCold.results),
  ]);
  return [
    `Search from \`${search.page}\`, keystroke → first result on screen (ms), median of ${search.queries.length} queries (${search.queriesFrom}); a key sent every ${search.keyIntervalMs} ms (received every ${med(keyboard.keySpacing)} ms), times taken in the page. Cold = fresh page; warm = the dialog open after a previous query, the box cleared. \`/\` → box focused: ${med(keyboard.openToBox)} ms.`,
    '',
    table(['path', 'cold, first key', 'cold, last key', 'warm, first key', 'warm, last key'], rows),
    '',
    table(['to the first result', 'KiB gzip', 'fragment requests'], bytes),
    '',
    table(
      [
        'query',
        'kbd cold first',
        'kbd cold last',
        'kbd warm first',
        'kbd warm last',
        'click first',
        'click last',
        'engine cold',
        'engine warm',
        'KiB kbd',
        'KiB floor',
        'fragments',
        'results',
      ],
      perQuery,
    ),
  ].join('\n');
}

function lighthouseTable(runs: readonly LighthouseRun[]): string {
  const rows = runs.map((r) => [
    `\`${r.path}\``,
    r.formFactor,
    `${r.scores.performance} (${r.performanceRuns.join(', ')})`,
    String(r.scores.accessibility),
    String(r.scores['best-practices']),
    String(r.scores.seo),
    r.losingAudits.join(', '),
  ]);
  const counts = [...new Set(runs.map((r) => `${r.formFactor} ${r.runs}`))].join(', ');
  return [
    `Lighthouse 12.2.3 (default settings: simulated throttling, mobile = 4× CPU slowdown and slow 4G), medians of the runs per page (${counts}; a page stops early once more than half of its runs scored 100 in every category, which fixes the median); performance of each run in brackets; audits below 100 from the median run:`,
    '',
    table(['page', 'form factor', 'performance', 'accessibility', 'best practices', 'SEO', 'audits below 100'], rows),
  ].join('\n');
}

const statusMark = { pass: 'pass', fail: '**FAIL**', 'not measured': 'not measured' } as const;

function budgetTable(checks: readonly BudgetCheck[]): string {
  return [
    'Budgets (scripts/bench/budgets.json; a budget held by several pages shows its worst page):',
    '',
    table(['budget', 'measured', 'floor (same run)', 'limit', 'status'], compactBudgetRows(checks)),
  ].join('\n');
}

/** A group's worst check: the highest value, or the lowest where lower is worse; failures first. */
function worstOf(group: readonly BudgetCheck[]): BudgetCheck | undefined {
  const measured = group.filter((c) => c.status !== 'not measured');
  const pool = measured.some((c) => c.status === 'fail') ? measured.filter((c) => c.status === 'fail') : measured;
  return pool.reduce<BudgetCheck | undefined>((worst, c) => {
    if (!worst) return c;
    const lowerIsWorse = c.worse === 'lower';
    const a = c.value ?? Number.NaN;
    const b = worst.value ?? Number.NaN;
    return (lowerIsWorse ? a < b : a > b) ? c : worst;
  }, undefined);
}

/**
 * One row per budget: checks that share a group (a budget held by several pages) become one row
 * showing the worst page and how many pages passed.
 */
export function compactBudgetRows(checks: readonly BudgetCheck[]): string[][] {
  const groups = new Map<string, BudgetCheck[]>();
  for (const c of checks) {
    const key = c.group ?? c.budget;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups].map(([name, group]) => {
    const first = group[0] as BudgetCheck;
    if (group.length === 1 && !first.group) return [name, first.measured, first.floor ?? '—', first.limit, statusMark[first.status]];
    const worst = worstOf(group);
    const failed = group.filter((c) => c.status === 'fail').length;
    const measured = group.filter((c) => c.status !== 'not measured').length;
    const status = measured === 0 ? statusMark['not measured'] : failed > 0 ? `**FAIL** (${failed} of ${measured})` : `pass (${measured})`;
    const shown = worst ? `${worst.measured}${worst.subject ? ` (worst: \`${worst.subject}\`)` : ''}` : '—';
    return [name, shown, first.floor ?? '—', first.limit, status];
  });
}

/** The README's table: date, machine, and each budget with its figure, floor, limit and result. */
export function formatReadmeTable(r: BenchResults): string {
  const m = r.machine;
  return [
    '<!-- bench:start -->',
    `Benchmark of ${r.date.slice(0, 10)}: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.chromium}; load average ${m.loadAverage.start.toFixed(1)} at start, ${m.loadAverage.end.toFixed(1)} at end.`,
    '',
    table(['budget', 'measured', 'floor (same run)', 'limit', 'result'], compactBudgetRows(r.budgets)),
    '<!-- bench:end -->',
    '',
  ].join('\n');
}

/** The whole report as Markdown. */
export function formatReport(r: BenchResults): string {
  const m = r.machine;
  const parts = [
    `## Benchmark ${r.date.slice(0, 10)}`,
    `${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.chromium}; load average ${m.loadAverage.start.toFixed(1)} at start, ${m.loadAverage.end.toFixed(1)} at end.`,
  ];
  if (r.build) {
    parts.push(
      `Real site build (astro build + Pagefind): ${seconds(r.build.wallSeconds)} s wall, ${seconds(r.build.cpuSeconds)} s CPU, ${(r.build.peakRssBytes / 1e6).toFixed(0)} MB peak RSS.`,
    );
  }
  if (r.pages) parts.push(pageTable(r.pages, r.pageLoads));
  if (r.markup) parts.push(markupTable(r.markup));
  if (r.search) parts.push(searchTable(r.search));
  if (r.lighthouse) parts.push(lighthouseTable(r.lighthouse));
  if (r.scale) parts.push(scaleTable(r.scale));
  parts.push(budgetTable(r.budgets));
  if (r.errors.length > 0) parts.push(`Errors:\n${r.errors.map((e) => `- ${e}`).join('\n')}`);
  return `${parts.join('\n\n')}\n`;
}
