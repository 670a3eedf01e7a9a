/** The benchmark's results: their shape, the printed tables (Markdown, so they paste into the README) and the JSON file. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BudgetCheck } from './budgets.ts';
import { root } from '../paths.ts';
import type { ProcessCost } from '../process-cost.ts';
import type { LighthouseRun } from './lighthouse.ts';
import type { PageWeight } from './page-weight.ts';
import type { ScaleResults } from './scale.ts';
import { scaleTable } from './scale-report.ts';
import type { SearchResults } from './search-latency.ts';
import { KiB } from './stats.ts';

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
  readonly search: SearchResults | null;
  readonly lighthouse: readonly LighthouseRun[] | null;
  readonly scale: ScaleResults | null;
  readonly budgets: readonly BudgetCheck[];
  /** Sections that failed to run, with their error. */
  readonly errors: readonly string[];
}

export const resultsFile = path.join(root, 'scripts/bench/results.json');

export function writeResults(results: BenchResults): void {
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
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
  const rows = pages.map(({ type, path: p, metrics: m }) =>
    m
      ? [
          type,
          `\`${p}\``,
          String(m.requests),
          pair(m.htmlRaw, m.htmlGzip),
          pair(m.cssRaw, m.cssGzip),
          pair(m.jsRaw, m.jsGzip),
          pair(m.fontRaw, m.fontGzip),
          pair(m.imageRaw, m.imageGzip),
          kib(m.totalGzip),
          kib(m.cssJsGzip),
          `${kib(m.jsExecuted)} / ${kib(m.jsLoaded)}`,
          m.scriptMs.toFixed(1),
          m.cls.toFixed(3),
          ms(m.lcpMs),
        ]
      : [type, `\`${p}\``, 'not built yet', '', '', '', '', '', '', '', '', '', '', ''],
  );
  return [
    `Page weight: phone profile (375 × 800), no throttling, median of ${loads} fresh loads. Sizes in KiB, raw / gzip (as sent by scripts/serve.ts); CSS + JS includes inline code; JS run = V8 coverage before any interaction.`,
    '',
    table(
      [
        'page',
        'path',
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

function searchTable(search: SearchResults): string {
  const { ui, engine, ratio } = search;
  const rows = [
    ['UI (dialog)', ms(ui.coldMs), ms(ui.warmMs), kib(ui.bytesToFirstResult)],
    ['Pagefind engine alone', ms(engine.coldMs), ms(engine.warmMs), kib(engine.bytesToFirstResult)],
    ['UI / engine', ratio.cold.toFixed(1), ratio.warm.toFixed(1), ''],
  ];
  const perQuery = search.queries.map((q) => [
    q.query,
    ms(q.uiColdMs),
    ms(q.uiWarmMs),
    ms(q.engineColdMs),
    ms(q.engineWarmMs),
    String(q.engineResults),
  ]);
  return [
    `Search: last keystroke → first result on screen, median of ${search.queries.length} queries (${search.queriesFrom}); cold = fresh page, warm = engine loaded and the query's prefix already typed.`,
    '',
    table(['', 'cold ms', 'warm ms', 'KiB to first result (gzip)'], rows),
    '',
    table(['query', 'UI cold', 'UI warm', 'engine cold', 'engine warm', 'results'], perQuery),
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
  const count = runs[0]?.runs ?? 0;
  return [
    `Lighthouse 12.2.3 (default settings: simulated throttling, mobile = 4× CPU slowdown and slow 4G), median of ${count} run(s); performance of each run in brackets; audits below 100 from the median run:`,
    '',
    table(['page', 'form factor', 'performance', 'accessibility', 'best practices', 'SEO', 'audits below 100'], rows),
  ].join('\n');
}

function budgetTable(checks: readonly BudgetCheck[]): string {
  const mark = { pass: 'pass', fail: '**FAIL**', 'not measured': 'not measured' } as const;
  return [
    'Budgets (scripts/bench/budgets.json):',
    '',
    table(
      ['budget', 'limit', 'measured', 'status'],
      checks.map((c) => [c.budget, c.limit, c.measured, mark[c.status]]),
    ),
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
  if (r.search) parts.push(searchTable(r.search));
  if (r.lighthouse) parts.push(lighthouseTable(r.lighthouse));
  if (r.scale) parts.push(scaleTable(r.scale));
  parts.push(budgetTable(r.budgets));
  if (r.errors.length > 0) parts.push(`Errors:\n${r.errors.map((e) => `- ${e}`).join('\n')}`);
  return `${parts.join('\n\n')}\n`;
}
