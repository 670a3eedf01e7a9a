/**
 * The site at scale: N synthetic articles in a temporary copy of content/, built and indexed from a
 * cold cache; what the build costs and what the result weighs.
 */
import { cpSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { buildCost, buildSite } from '../build-site.ts';
import { projectTempDir, root } from '../paths.ts';
import type { ProcessCost } from '../process-cost.ts';
import { startServer } from '../serve.ts';
import { benchQueries, engineColdRun } from './search-latency.ts';
import { median } from './stats.ts';
import { writeSyntheticContent } from './synthetic-content.ts';

export interface ScaleResults {
  /** Synthetic articles generated (each with two FAQ entries). */
  readonly pages: number;
  readonly htmlPages: number;
  readonly wordsPerArticle: number;
  readonly generateSeconds: number;
  /** astro build + Pagefind index, cold cache. */
  readonly build: ProcessCost;
  readonly secondsPer100Pages: number;
  readonly cpuSecondsPer100Pages: number;
  /** (build − real site's build) per 100 synthetic pages, when the real site was built in the same run. */
  readonly marginalSecondsPer100Pages: number | null;
  readonly distBytes: number;
  readonly indexBytes: number;
  readonly indexFiles: number;
  /** Engine alone, fresh page, median over the first queries: bytes as sent and time to the first result's data. */
  readonly firstSearch: { readonly queries: number; readonly bytes: number; readonly ms: number };
  /** Gzip size of the synthetic articles' HTML. */
  readonly pageHtmlGzip: { readonly median: number; readonly max: number; readonly maxPath: string };
}

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

const bytesUnder = (dir: string) => filesUnder(dir).reduce((sum, f) => sum + statSync(f).size, 0);

/** Generates, builds and measures `pages` synthetic articles; the temporary folder is removed unless BENCH_KEEP=1. */
export async function measureScale(browser: Browser, pages: number, realBuildSeconds: number | null): Promise<ScaleResults> {
  const dir = projectTempDir('bench-scale');
  try {
    const contentDir = path.join(dir, 'content');
    const outDir = path.join(dir, 'dist');
    cpSync(path.join(root, process.env['CONTENT_DIR'] ?? 'content'), contentDir, { recursive: true });
    const generateStart = performance.now();
    const set = writeSyntheticContent(contentDir, pages);
    const generateSeconds = (performance.now() - generateStart) / 1000;
    console.log(`  scale: ${pages} articles generated in ${dir}; building`);
    // New pages bring new public ids; the temporary copy's anchor lock may take them.
    const build = buildCost(await buildSite({ outDir, cacheDir: path.join(dir, 'cache'), contentDir, env: { ANCHORS_UPDATE: '1' } }));

    const htmlPages = filesUnder(outDir).filter((f) => f.endsWith('.html') && !f.includes(`${path.sep}pagefind${path.sep}`)).length;
    const gzips = set.articles.map((slug) => ({
      path: `/${slug}/`,
      bytes: gzipSync(readFileSync(path.join(outDir, slug, 'index.html'))).length,
    }));
    const largest = gzips.reduce((a, b) => (b.bytes > a.bytes ? b : a));

    const server = await startServer({ dist: outDir });
    const searches: Awaited<ReturnType<typeof engineColdRun>>[] = [];
    try {
      for (const query of benchQueries().queries.slice(0, 5)) {
        searches.push(await engineColdRun(browser, `${server.origin}/${set.articles[0]}/`, query));
      }
    } finally {
      await server.close();
    }

    return {
      pages,
      htmlPages,
      wordsPerArticle: set.wordsPerArticle,
      generateSeconds,
      build,
      secondsPer100Pages: (build.wallSeconds / pages) * 100,
      cpuSecondsPer100Pages: (build.cpuSeconds / pages) * 100,
      marginalSecondsPer100Pages: realBuildSeconds === null ? null : ((build.wallSeconds - realBuildSeconds) / pages) * 100,
      distBytes: bytesUnder(outDir),
      indexBytes: bytesUnder(path.join(outDir, 'pagefind')),
      indexFiles: filesUnder(path.join(outDir, 'pagefind')).length,
      firstSearch: {
        queries: searches.length,
        bytes: median(searches.map((s) => s.bytes)),
        ms: median(searches.map((s) => s.ms)),
      },
      pageHtmlGzip: { median: median(gzips.map((g) => g.bytes)), max: largest.bytes, maxPath: largest.path },
    };
  } finally {
    if (process.env['BENCH_KEEP'] === '1') console.log(`  scale: kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
