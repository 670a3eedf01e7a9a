/**
 * The build at scale, against the floor the stack sets: the same synthetic articles built in one run
 * by our site and by a bare Astro + MDX site (scripts/bench/bare-site.ts) followed by the Pagefind
 * CLI, at two sizes. The slope between the sizes is the marginal cost per 100 pages (start-up time
 * cancels out); peak memory is that of the larger build. Ours is built twice per size: from a cold
 * cache, then from a fresh cache that holds only the share cards the first build rendered.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildCost, buildSite } from '../build-site.ts';
import { projectTempDir, root } from '../paths.ts';
import type { ProcessCost } from '../process-cost.ts';
import { shareCardCacheFolder } from '../../src/page-meta/share-card-cache.ts';
import { buildBareSite, createBareSite } from './bare-site.ts';
import { median } from './stats.ts';
import { writeSyntheticContent } from './synthetic-content.ts';

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
  /** Ours from a cold cache. */
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

/** Builds the synthetic set of one size three times (bare, ours cold, ours warm); returns the figures and our warm build's output folder. */
async function measureSize(dir: string, pages: number) {
  const contentDir = path.join(dir, 'content');
  cpSync(path.join(root, process.env['CONTENT_DIR'] ?? 'content'), contentDir, { recursive: true });
  // Outside the project, so that the bare build finds nothing of ours above its folder.
  const bareDir = mkdtempSync(path.join(tmpdir(), 'bench-bare-'));
  try {
    const bare = createBareSite(bareDir);
    const set = writeSyntheticContent(contentDir, pages, { bareDir: bare.contentDir });
    console.log(`  scale: ${pages} articles in ${dir} and ${bareDir}; building the bare site`);
    const bareCost = await buildBareSite(bare);

    const ours = async (name: string, seed?: string): Promise<MeasuredBuild> => {
      const cacheDir = path.join(dir, `cache-${name}`);
      if (seed) cpSync(path.join(seed, shareCardCacheFolder), path.join(cacheDir, shareCardCacheFolder), { recursive: true });
      console.log(`  scale: ${pages} articles, our build (${name})`);
      // New pages bring new public ids; the temporary copy's anchor lock may take them.
      const build = await buildSite({ outDir: path.join(dir, `dist-${name}`), cacheDir, contentDir, env: { ANCHORS_UPDATE: '1' } });
      return { ...buildCost(build), shareCards: shareCardLine(build.output) };
    };
    const cold = await ours('cold');
    const warm = await ours('warm', path.join(dir, 'cache-cold'));
    const outDir = path.join(dir, 'dist-warm');
    const htmlPages = filesUnder(outDir).filter((f) => f.endsWith('.html') && !f.includes(`${path.sep}pagefind${path.sep}`)).length;
    const size: ScaleSize = { pages, htmlPages, bare: { ...bareCost, shareCards: null }, cold, warm };
    return { size, set, outDir };
  } finally {
    if (process.env['BENCH_KEEP'] === '1') console.log(`  scale: kept ${bareDir}`);
    else rmSync(bareDir, { recursive: true, force: true });
  }
}

/**
 * Measures the build at `pages` and at half as many synthetic articles. Temporary folders are removed
 * unless BENCH_KEEP=1.
 */
export async function measureScale(pages: number): Promise<ScaleResults> {
  const counts = [Math.max(1, Math.round(pages / 2)), pages];
  if (counts[0] === counts[1]) throw new Error(`--pages ${pages}: the scale run needs two sizes, so at least 2 pages`);
  const dirs: string[] = [];
  try {
    const measured = [];
    for (const count of counts) {
      const dir = projectTempDir('bench-scale');
      dirs.push(dir);
      measured.push(await measureSize(dir, count));
    }
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
