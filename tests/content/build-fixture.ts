import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures');

export interface BuildResult {
  readonly status: number | null;
  /** stdout and stderr together, without colour codes. */
  readonly output: string;
  /** The temporary folder holding content/, dist/ and the cache; removed by `cleanup`. */
  readonly dir: string;
  readonly cleanup: () => void;
}

/**
 * Builds the minimal valid content set with the files of one case laid over it (or none), in a
 * temporary folder, and returns what `astro build` said. `overlay` is a folder under
 * tests/fixtures/, e.g. "bad-content/faq-missing-question".
 */
export function buildFixture(overlay?: string): BuildResult {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-fixture-'));
  const content = path.join(dir, 'content');
  cpSync(path.join(fixtures, 'content-min'), content, { recursive: true });
  if (overlay) cpSync(path.join(fixtures, overlay), content, { recursive: true });
  const result = spawnSync(path.join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: content,
      ASTRO_OUT_DIR: path.join(dir, 'dist'),
      ASTRO_CACHE_DIR: path.join(dir, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { status: result.status, output, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
