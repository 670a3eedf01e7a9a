/** Where things are, for the scripts and the tests: the project root, the built site, temporary build folders. */
import { mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';

/** The project root (the folder of package.json). */
export const root = path.resolve(import.meta.dirname, '..');

/** The built site: DIST when set (a build in another folder, relative to the root), else dist/. */
export const distDir = path.resolve(root, process.env['DIST'] ?? 'dist');

/**
 * A fresh temporary folder inside the project (under the ignored `.astro/`), for builds whose output
 * must not live in `dist/`. Astro writes the server bundle of a build whose output lies outside the
 * working directory to the project's own `.astro/.prerender/`, where two such builds at once (a test's
 * fixture build and another test's, or the benchmark's) overwrite each other's modules. A build whose
 * output is inside the project keeps that bundle inside its own output folder.
 */
export function projectTempDir(prefix: string): string {
  const parent = path.join(root, '.astro', 'tmp');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(path.join(parent, `${prefix}-`));
}
