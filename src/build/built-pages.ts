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

/**
 * Calls `visit` with every HTML page of the build output (`dir` as Astro passes it to build hooks)
 * and its URL path, one page at a time: a check keeps what it needs of a page, and the build never
 * holds all its pages at once (about 100 MB of text at 1,000 pages, more while parsed). Gives way
 * to other work every few pages (the search indexer's, which runs alongside: src/build/while-indexing.ts).
 * Resolves to the number of pages.
 */
export async function forEachBuiltPage(dir: URL, visit: (page: BuiltPage) => void): Promise<number> {
  const outDir = fileURLToPath(dir);
  const files = builtFiles(outDir).filter((f) => f.endsWith('.html'));
  for (const [i, f] of files.entries()) {
    visit({ path: builtFilePath(f), html: readFileSync(path.join(outDir, f), 'utf8') });
    if (i % 8 === 7) await new Promise((resolve) => setImmediate(resolve));
  }
  return files.length;
}
