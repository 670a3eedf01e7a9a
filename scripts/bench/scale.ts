/**
 * The build at scale, against the floor the stack sets: the same synthetic articles built in one run
 * by our site and by a bare Astro + MDX site (scripts/bench/bare-site.ts) followed by the Pagefind
 * CLI, at two sizes. The slope between the sizes is the marginal cost per 100 pages (start-up time
 * cancels out); peak memory is that of the larger build. Ours is built from a cold cache, and from
 * a fresh cache that holds only the share cards the cold build rendered.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildCost, buildSite } from '../build-site.ts';
import { projectTempDir, root } from '../paths.ts';
import type { ProcessCost } from '../process-cost.ts';
import { shareCardCacheFolder } from '../../src/page-meta/share-card-cache.ts';
import { buildBareSite, createBareSite, type BareSite } from './bare-site.ts';
import { median, medianOf } from './stats.ts';
import { writeSyntheticContent, type SyntheticSet } from './synthetic-content.ts';

/** One build measured, with the share-card line it printed (ours only). */
export interface MeasuredBuild extends ProcessCost {
  /** "N rendered, M from cache", or null when the build printed no such line. */
  readonly shareCards: string | null;
}

export interface ScaleSize {
  /** Synthetic articles, with two FAQ entries each. */
  readonly pages: number;
  /** HTML pages of our build. */
  readonly htmlPages: number;
  /** Bare Astro + MDX build, then `pagefind --site dist`. */
  readonly bare: MeasuredBuild;
  /** Ours from a cold cache (one build). */
  readonly cold: MeasuredBuild;
  /** Ours from a cache holding only the share cards. */
  readonly warm: MeasuredBuild;
}

/** Seconds per 100 pages between the two sizes. */
export interface Slope {
  readonly wall: number;
  readonly cpu: number;
}

export interface ScaleResults {
  /** Builds of the bare site and of ours with the share cards cached per size; each figure is their median. */
  readonly rounds: number;
  /** The two sizes, smaller first. */
  readonly sizes: readonly ScaleSize[];
  readonly wordsPerArticle: number;
  readonly slope: { readonly bare: Slope; readonly cold: Slope; readonly warm: Slope };
  /** Ours / bare: wall-time slopes, and peak memory at the larger size. */
  readonly ratio: { readonly slopeCold: number; readonly slopeWarm: number; readonly peakCold: number; readonly peakWarm: number };
  /** Our build at the larger size. */
  readonly distBytes: number;
  readonly indexBytes: number;
  readonly indexFiles: number;
  /** Gzip size of the synthetic articles' HTML in our build at the larger size. */
  readonly pageHtmlGzip: { readonly median: number; readonly max: number; readonly maxPath: string };
}

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

const bytesUnder = (dir: string) => filesUnder(dir).reduce((sum, f) => sum + statSync(f).size, 0);

/** The cost per 100 pages between two sizes: what each further page adds, without the fixed start-up. */
export function slopePer100Pages(small: { pages: number; cost: ProcessCost }, large: { pages: number; cost: ProcessCost }): Slope {
  const per100 = (a: number, b: number) => ((b - a) / (large.pages - small.pages)) * 100;
  return { wall: per100(small.cost.wallSeconds, large.cost.wallSeconds), cpu: per100(small.cost.cpuSeconds, large.cost.cpuSeconds) };
}

/** Our build's own account of its share cards ("share cards: 3 rendered, 1019 from cache"). */
const shareCardLine = (output: string) => /share cards: (\d+ rendered, \d+ from cache)/.exec(output)?.[1] ?? null;

/** One size of the synthetic set: our content copy and the bare project holding the same text. */
interface Prepared {
  readonly pages: number;
  readonly dir: string;
  readonly contentDir: string;
  readonly bare: BareSite;
  readonly set: SyntheticSet;
}

function prepare(pages: number, dirs: string[]): Prepared {
  const dir = projectTempDir('bench-scale');
  // Outside the project, so that the bare build finds nothing of ours above its folder.
  const bareDir = mkdtempSync(path.join(tmpdir(), 'bench-bare-'));
  dirs.push(dir, bareDir);
  const contentDir = path.join(dir, 'content');
  cpSync(path.join(root, process.env['CONTENT_DIR'] ?? 'content'), contentDir, { recursive: true });
  const bare = createBareSite(bareDir);
  const set = writeSyntheticContent(contentDir, pages, { bareDir: bare.contentDir });
  console.log(`  scale: ${pages} articles in ${dir} and ${bareDir}`);
  return { pages, dir, contentDir, bare, set };
}

/** The bare site built afresh: no output and no cache of an earlier build. */
async function bareBuild(p: Prepared): Promise<MeasuredBuild> {
  for (const leftover of ['dist', 'node_modules/.astro', 'node_modules/.vite'])
    rmSync(path.join(p.bare.dir, leftover), { recursive: true, force: true });
  console.log(`  scale: ${p.pages} articles, bare build`);
  return { ...(await buildBareSite(p.bare)), shareCards: null };
}

/** Ours into `dist-<name>` from a fresh cache, seeded with the share cards of the `cold` build when `warm`. */
async function ourBuild(p: Prepared, name: 'cold' | 'warm'): Promise<MeasuredBuild> {
  const cacheDir = path.join(p.dir, `cache-${name}`);
  const outDir = path.join(p.dir, `dist-${name}`);
  for (const leftover of [cacheDir, outDir]) rmSync(leftover, { recursive: true, force: true });
  if (name === 'warm') {
    cpSync(path.join(p.dir, 'cache-cold', shareCardCacheFolder), path.join(cacheDir, shareCardCacheFolder), { recursive: true });
  }
  console.log(`  scale: ${p.pages} articles, our build (${name})`);
  // New pages bring new public ids; the temporary copy's anchor lock may take them.
  const build = await buildSite({ outDir, cacheDir, contentDir: p.contentDir, env: { ANCHORS_UPDATE: '1' } });
  return { ...buildCost(build), shareCards: shareCardLine(build.output) };
}

/** The median of each figure over the rounds. */
function medianBuild(builds: readonly MeasuredBuild[]): MeasuredBuild {
  const { wallSeconds, cpuSeconds, peakRssBytes } = medianOf(
    builds.map(({ wallSeconds, cpuSeconds, peakRssBytes }) => ({ wallSeconds, cpuSeconds, peakRssBytes })),
  );
  return { wallSeconds, cpuSeconds, peakRssBytes, shareCards: builds[0]?.shareCards ?? null };
}

/**
 * Measures the build at `pages` and at half as many synthetic articles. Ours is built once from a
 * cold cache at each size; then, `rounds` times, the bare site and ours with the share cards
 * cached at each size in turn, and each figure is the median of the rounds, so that other work on
 * the machine during one build moves the slope less. Temporary folders are removed unless BENCH_KEEP=1.
 */
export async function measureScale(pages: number, rounds = Number(process.env['BENCH_SCALE_ROUNDS'] ?? 3)): Promise<ScaleResults> {
  const counts = [Math.max(1, Math.round(pages / 2)), pages];
  if (counts[0] === counts[1]) throw new Error(`--pages ${pages}: the scale run needs two sizes, so at least 2 pages`);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`BENCH_SCALE_ROUNDS must be a positive integer, not "${rounds}"`);
  const dirs: string[] = [];
  try {
    const prepared = counts.map((count) => prepare(count, dirs));
    const coldRuns: MeasuredBuild[] = [];
    for (const p of prepared) coldRuns.push(await ourBuild(p, 'cold'));
    const bareRuns: MeasuredBuild[][] = prepared.map(() => []);
    const warmRuns: MeasuredBuild[][] = prepared.map(() => []);
    for (let round = 0; round < rounds; round++) {
      for (const [i, p] of prepared.entries()) {
        bareRuns[i]?.push(await bareBuild(p));
        warmRuns[i]?.push(await ourBuild(p, 'warm'));
      }
    }
    const measured = prepared.map((p, i) => {
      const outDir = path.join(p.dir, 'dist-warm');
      const htmlPages = filesUnder(outDir).filter((f) => f.endsWith('.html') && !f.includes(`${path.sep}pagefind${path.sep}`)).length;
      const size: ScaleSize = {
        pages: p.pages,
        htmlPages,
        bare: medianBuild(bareRuns[i] ?? []),
        cold: coldRuns[i] as MeasuredBuild,
        warm: medianBuild(warmRuns[i] ?? []),
      };
      return { size, set: p.set, outDir };
    });
    const [small, large] = measured as [(typeof measured)[0], (typeof measured)[0]];
    const slope = (pick: (s: ScaleSize) => ProcessCost) =>
      slopePer100Pages({ pages: small.size.pages, cost: pick(small.size) }, { pages: large.size.pages, cost: pick(large.size) });
    const bare = slope((s) => s.bare);
    const cold = slope((s) => s.cold);
    const warm = slope((s) => s.warm);
    const top = large.size;

    const gzips = large.set.articles.map((slug) => ({
      path: `/${slug}/`,
      bytes: gzipSync(readFileSync(path.join(large.outDir, slug, 'index.html'))).length,
    }));
    const largest = gzips.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const index = path.join(large.outDir, 'pagefind');
    return {
      rounds,
      sizes: measured.map((m) => m.size),
      wordsPerArticle: large.set.wordsPerArticle,
      slope: { bare, cold, warm },
      ratio: {
        slopeCold: cold.wall / bare.wall,
        slopeWarm: warm.wall / bare.wall,
        peakCold: top.cold.peakRssBytes / top.bare.peakRssBytes,
        peakWarm: top.warm.peakRssBytes / top.bare.peakRssBytes,
      },
      distBytes: bytesUnder(large.outDir),
      indexBytes: existsSync(index) ? bytesUnder(index) : 0,
      indexFiles: existsSync(index) ? filesUnder(index).length : 0,
      pageHtmlGzip: { median: median(gzips.map((g) => g.bytes)), max: largest.bytes, maxPath: largest.path },
    };
  } finally {
    for (const dir of dirs) {
      if (process.env['BENCH_KEEP'] === '1') console.log(`  scale: kept ${dir}`);
      else rmSync(dir, { recursive: true, force: true });
    }
  }
}
