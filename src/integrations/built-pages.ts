import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

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

/** Every HTML page of the build output with its URL path. */
export function builtPages(outDir: string): BuiltPage[] {
  return builtFiles(outDir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ path: `/${f}`.replace(/(^|\/)index\.html$/, '$1'), html: readFileSync(path.join(outDir, f), 'utf8') }));
}
