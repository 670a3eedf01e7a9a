/**
 * Builds the site (Astro + Pagefind) in a child process and measures the build: the one way the
 * benchmark and the tests run `astro build`.
 */
import path from 'node:path';
import { root } from './paths.ts';
import { runMeasured, type MeasuredRun, type ProcessCost } from './process-cost.ts';

export interface BuildTarget {
  /** The project folder to build (the working directory and Astro's root); this project when omitted. */
  readonly root?: string | undefined;
  /** Output folder (ASTRO_OUT_DIR). */
  readonly outDir: string;
  /** Astro's cache folder (ASTRO_CACHE_DIR); Astro's default when omitted. */
  readonly cacheDir?: string | undefined;
  /** Content folder (CONTENT_DIR); content/ when omitted. */
  readonly contentDir?: string | undefined;
  /** Further environment for the build. */
  readonly env?: Readonly<Record<string, string>>;
}

/**
 * The environment of this process without what Vitest adds for its own modules (BASE_URL, SITE,
 * MODE, NODE_ENV=test, …): an Astro build started from a test would read them as its own settings.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const vitestKeys = new Set(['BASE_URL', 'SITE', 'MODE', 'DEV', 'PROD', 'SSR', 'ASSETS_PREFIX', 'NODE_ENV', 'TEST']);
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestKeys.has(key) && !key.startsWith('VITEST')));
}

/**
 * Runs `astro build` for a target: its exit status, its output without colour codes and what it cost.
 * A failed build is a result, not an error (the content tests expect builds to fail).
 */
export function buildSite(target: BuildTarget): Promise<MeasuredRun> {
  const env: NodeJS.ProcessEnv = { ...buildEnv(), ...target.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_OUT_DIR: target.outDir };
  if (target.cacheDir) env['ASTRO_CACHE_DIR'] = target.cacheDir;
  if (target.contentDir) env['CONTENT_DIR'] = target.contentDir;
  return runMeasured(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: target.root ?? root, env });
}

/** What a successful build cost; throws with the last 40 lines of the build's output when it failed. */
export function buildCost(build: MeasuredRun): ProcessCost {
  if (build.status !== 0) {
    throw new Error(`astro build failed (exit ${build.status}):\n${build.output.split('\n').slice(-40).join('\n')}`);
  }
  return { wallSeconds: build.wallSeconds, cpuSeconds: build.cpuSeconds, peakRssBytes: build.peakRssBytes };
}
