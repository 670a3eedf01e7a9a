/**
 * A fresh temporary folder inside the project (under the ignored `.astro/`), for builds whose output
 * must not live in `dist/`. Astro writes the server bundle of a build whose output lies outside the
 * working directory to the project's own `.astro/.prerender/`, where two such builds at once (a test's
 * fixture build and another test's, or the benchmark's) overwrite each other's modules. A build whose
 * output is inside the project keeps that bundle inside its own output folder.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

export function projectTempDir(prefix: string): string {
  const parent = path.join(root, '.astro', 'tmp');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(path.join(parent, `${prefix}-`));
}
