import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { projectTempDir } from '../../scripts/project-temp-dir.ts';

export const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures');

export interface BuildResult {
  readonly status: number | null;
  /** stdout and stderr together, without colour codes. */
  readonly output: string;
  /** The temporary folder holding dist/ and the cache (and content/ for fixtures); removed by `cleanup`. */
  readonly dir: string;
  readonly cleanup: () => void;
}

/**
 * The environment of this process without what Vitest adds for its own modules (BASE_URL, SITE,
 * MODE, NODE_ENV=test, …): an Astro build started from a test would read them as its own settings.
 */
function buildEnv(): Record<string, string | undefined> {
  const vitestKeys = new Set(['BASE_URL', 'SITE', 'MODE', 'DEV', 'PROD', 'SSR', 'ASSETS_PREFIX', 'NODE_ENV', 'TEST']);
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestKeys.has(key) && !key.startsWith('VITEST')));
}

/** Runs `astro build` into a fresh temporary folder with its own cache, with extra environment. */
export function buildSite(env: Record<string, string> = {}, prepare?: (dir: string) => Record<string, string>): BuildResult {
  const dir = projectTempDir('site-build');
  const extra = prepare?.(dir) ?? {};
  const result = spawnSync(path.join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...buildEnv(),
      ASTRO_OUT_DIR: path.join(dir, 'dist'),
      ASTRO_CACHE_DIR: path.join(dir, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
      ...extra,
    },
  });
  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { status: result.status, output, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Builds the minimal valid content set with the files of one case laid over it (or none).
 * `overlay` is a folder under tests/fixtures/, e.g. "bad-content/faq-missing-question".
 */
export function buildFixture(overlay?: string): BuildResult {
  return buildSite({}, (dir) => {
    const content = path.join(dir, 'content');
    cpSync(path.join(fixtures, 'content-min'), content, { recursive: true });
    if (overlay) cpSync(path.join(fixtures, overlay), content, { recursive: true });
    return { CONTENT_DIR: content };
  });
}
