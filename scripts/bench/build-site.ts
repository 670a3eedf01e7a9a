/** Builds the site (Astro + Pagefind) in a child process and measures the build. */
import path from 'node:path';
import { runMeasured, type ProcessCost } from './process-cost.ts';

/** The project root. */
export const root = path.resolve(import.meta.dirname, '../..');

export interface BuildTarget {
  /** Output folder (ASTRO_OUT_DIR). */
  readonly outDir: string;
  /** Astro's cache folder (ASTRO_CACHE_DIR); Astro's default when omitted. */
  readonly cacheDir?: string | undefined;
  /** Content folder (CONTENT_DIR); content/ when omitted. */
  readonly contentDir?: string | undefined;
  /** Further environment for the build. */
  readonly env?: Readonly<Record<string, string>>;
}

/** Runs `astro build` for a target and returns its cost; throws with the build's output when it fails. */
export async function buildSite(target: BuildTarget): Promise<ProcessCost> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...target.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_OUT_DIR: target.outDir };
  if (target.cacheDir) env['ASTRO_CACHE_DIR'] = target.cacheDir;
  if (target.contentDir) env['CONTENT_DIR'] = target.contentDir;
  const run = await runMeasured(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, env });
  if (run.status !== 0) {
    throw new Error(`astro build failed (exit ${run.status}):\n${run.output.split('\n').slice(-40).join('\n')}`);
  }
  return { wallSeconds: run.wallSeconds, cpuSeconds: run.cpuSeconds, peakRssBytes: run.peakRssBytes };
}
