/**
 * `npm run bench`: builds the site, serves it with gzip, measures page weight, search, Lighthouse
 * and a synthetic scale build, prints the tables, writes scripts/bench/results.json and exits non-zero when
 * a measured budget (scripts/bench/budgets.json) is exceeded or a section could not run.
 *
 * Options: --pages N (or BENCH_PAGES; synthetic articles, default the budget's 1000),
 * --loads N (fresh loads per page, default 5), --queries N (search queries, default 20; the
 * search budgets need 10), --lighthouse-runs N (mobile audits per page, median taken, default the
 * budget's 5; desktop takes the budget's count or N if fewer), --only weight,search,lighthouse,scale,
 * --no-build (measure the existing build). ASTRO_OUT_DIR / ASTRO_CACHE_DIR move the build.
 * The README's budget table goes to scripts/bench/report.md and is printed between markers.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { buildCost, buildSite } from '../build-site.ts';
import { root } from '../paths.ts';
import type { ProcessCost } from '../process-cost.ts';
import { startServer } from '../serve.ts';
import { launchBrowser } from './browser.ts';
import { checkBudgets, loadBudgets, weighedPaths } from './budgets.ts';
import { measureLighthouse, type LighthouseRun } from './lighthouse.ts';
import { measureMarkup, type PageMarkup } from './markup-per-word.ts';
import { measurePageWeight, type PageWeight } from './page-weight.ts';
import { formatReadmeTable, formatReport, readmeTableFile, resultsFile, writeResults, type BenchResults } from './report.ts';
import { measureScale, type ScaleResults } from './scale.ts';
import { defaultQueryCount, measureSearch, type SearchResults } from './search-latency.ts';

const sectionNames = ['weight', 'search', 'lighthouse', 'scale'] as const;
type Section = (typeof sectionNames)[number];

const { values } = parseArgs({
  options: {
    pages: { type: 'string' },
    loads: { type: 'string', default: '5' },
    queries: { type: 'string', default: String(defaultQueryCount) },
    'lighthouse-runs': { type: 'string' },
    only: { type: 'string', default: sectionNames.join(',') },
    'no-build': { type: 'boolean', default: false },
  },
});
const budgets = loadBudgets();
const pages = Number(values.pages ?? process.env['BENCH_PAGES'] ?? budgets.scale.pages);
const loads = Number(values.loads);
const queries = Number(values.queries);
const lighthouseRuns = Number(values['lighthouse-runs'] ?? budgets.lighthouse.runs.mobile ?? 5);
const sections = new Set(values.only.split(',').map((s) => s.trim()));
for (const s of sections) {
  if (!sectionNames.includes(s as Section)) throw new Error(`--only: unknown section "${s}"; expected ${sectionNames.join(', ')}`);
}
if (!Number.isInteger(pages) || pages < 1)
  throw new Error(`--pages must be a positive integer, not "${values.pages ?? process.env['BENCH_PAGES']}"`);
if (!Number.isInteger(loads) || loads < 1) throw new Error(`--loads must be a positive integer, not "${values.loads}"`);
if (!Number.isInteger(queries) || queries < 1) throw new Error(`--queries must be a positive integer, not "${values.queries}"`);
if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1) {
  throw new Error(`--lighthouse-runs must be a positive integer, not "${values['lighthouse-runs']}"`);
}
const outDir = path.resolve(root, process.env['ASTRO_OUT_DIR'] ?? 'dist');

const errors: string[] = [];
/** Runs one section; a failure is recorded and fails the run at the end, but the other sections still run. */
async function section<T>(name: string, run: () => Promise<T>): Promise<T | null> {
  console.log(`${name}…`);
  try {
    return await run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    errors.push(`${name}: ${message}`);
    console.error(`${name} failed: ${message}`);
    return null;
  }
}

const started = performance.now();
const startLoad = loadavg()[0] ?? 0;
let build: ProcessCost | null = null;
if (!values['no-build']) {
  build = await section(`build into ${path.relative(root, outDir) || '.'}`, async () => buildCost(await buildSite({ outDir })));
  if (!build) {
    console.error(errors.join('\n'));
    process.exit(1);
  }
}

let browser: Browser | undefined;
let chromium = '';
let weight: PageWeight[] | null = null;
let markup: PageMarkup[] | null = null;
let search: SearchResults | null = null;
let lighthouse: LighthouseRun[] | null = null;
let scale: ScaleResults | null = null;
try {
  browser = await launchBrowser();
  chromium = `Chromium ${browser.version()}`;
  const b = browser;
  if (sections.has('weight') || sections.has('search') || sections.has('lighthouse')) {
    const server = await startServer({ dist: outDir });
    try {
      if (sections.has('weight')) {
        weight = await section('page weight', () => measurePageWeight(b, server.origin, outDir, weighedPaths(budgets), loads));
        markup = await section('markup per word', async () => measureMarkup(outDir, budgets.markupPerWord));
      }
      if (sections.has('search')) {
        const { page, keyIntervalMs } = budgets.search;
        search = await section('search', () => measureSearch(b, server.origin, page, { count: queries, keyIntervalMs }));
      }
      if (sections.has('lighthouse')) {
        // Desktop scores barely move between runs: it keeps the budget's (smaller) count.
        const runs = Object.fromEntries(
          Object.entries(budgets.lighthouse.runs).map(([formFactor, n]) => [
            formFactor,
            formFactor === 'mobile' ? lighthouseRuns : Math.min(n, lighthouseRuns),
          ]),
        );
        lighthouse = await section('lighthouse', () => measureLighthouse(server.origin, budgets.lighthouse.paths, runs));
      }
    } finally {
      await server.close();
    }
  }
  if (sections.has('scale')) scale = await section(`scale (${Math.round(pages / 2)} and ${pages} pages)`, () => measureScale(pages));
} finally {
  await browser?.close();
}

const cpu = cpus();
const partial: Omit<BenchResults, 'budgets'> = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpu.length,
    cpuModel: cpu[0]?.model.trim() ?? 'unknown CPU',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium,
    loadAverage: { start: startLoad, end: loadavg()[0] ?? 0 },
  },
  build,
  pageLoads: loads,
  pages: weight,
  markup,
  search,
  lighthouse,
  scale,
  errors,
};
const results: BenchResults = { ...partial, budgets: checkBudgets(budgets, partial) };
writeResults(results);
console.log(`\n${formatReport(results)}`);
console.log(`README table (also in ${path.relative(root, readmeTableFile)}):\n\n${formatReadmeTable(results)}`);
console.log(`Results written to ${path.relative(root, resultsFile)}. Took ${((performance.now() - started) / 60_000).toFixed(1)} min.`);

const failed = results.budgets.filter((c) => c.status === 'fail');
for (const c of failed) console.error(`Budget exceeded: ${c.budget}: ${c.measured} (limit ${c.limit})`);
if (errors.length > 0) console.error(`${errors.length} section(s) failed to run.`);
process.exitCode = failed.length > 0 || errors.length > 0 ? 1 : 0;
