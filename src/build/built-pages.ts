import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFilePath } from '../routes';

export interface BuiltPage {
  /** URL path without the base: "/faq/" for faq/index.html, "/404.html" for 404.html. */
  readonly path: string;
  readonly html: string;
}

/** Every file in the build output, as paths relative to it with forward slashes. */
export function builtFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(outDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

// Astro hands every `astro:build:done` hook of one build the same `dir` object: the pages are read
// once per build and shared by the integrations that check them, and a new build reads them afresh.
const pagesByBuild = new WeakMap<URL, BuiltPage[]>();

/** Every HTML page of the build output (`dir` as Astro passes it to build hooks) with its URL path. */
export function builtPages(dir: URL): readonly BuiltPage[] {
  let pages = pagesByBuild.get(dir);
  if (!pages) {
    const outDir = fileURLToPath(dir);
    pages = builtFiles(outDir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({ path: builtFilePath(f), html: readFileSync(path.join(outDir, f), 'utf8') }));
    pagesByBuild.set(dir, pages);
  }
  return pages;
}
