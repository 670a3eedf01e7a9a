/**
 * What a page's HTML makes the browser fetch at first load, and the code it carries inline. Shared
 * by the benchmark and the byte/request budget test (tests/build/budgets.test.ts).
 */
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export type AssetKind = 'stylesheet' | 'script' | 'icon' | 'preload' | 'image';

export interface HtmlAssets {
  /** Same-document fetches the HTML names, one per distinct URL (data: URLs fetch nothing). */
  readonly requests: readonly { kind: AssetKind; url: string }[];
  /** Contents of inline <script> elements that run (not JSON-LD or other data blocks). */
  readonly inlineJs: readonly string[];
  /** Contents of <style> elements. */
  readonly inlineCss: readonly string[];
}

const jsTypes = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function linkKind(rel: string[]): AssetKind | undefined {
  if (rel.includes('stylesheet')) return 'stylesheet';
  if (rel.includes('icon') || rel.includes('apple-touch-icon')) return 'icon';
  if (rel.some((r) => r === 'preload' || r === 'modulepreload' || r === 'prefetch')) return 'preload';
  return undefined;
}

export function htmlAssets(html: string): HtmlAssets {
  const doc = parse(html);
  const found: { kind: AssetKind; url: string }[] = [];
  const add = (kind: AssetKind, url: string | undefined) => {
    if (url && !url.startsWith('data:') && !found.some((f) => f.url === url)) found.push({ kind, url });
  };
  for (const link of doc.querySelectorAll('link[href]')) {
    const kind = linkKind((link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/));
    if (kind) add(kind, link.getAttribute('href'));
  }
  const scripts = doc.querySelectorAll('script').filter((s) => jsTypes.has((s.getAttribute('type') ?? '').toLowerCase()));
  for (const script of scripts) add('script', script.getAttribute('src'));
  for (const img of doc.querySelectorAll('img')) add('image', img.getAttribute('src') ?? img.getAttribute('srcset')?.split(/\s/)[0]);
  return {
    requests: found,
    inlineJs: scripts.filter((s) => !s.getAttribute('src')).map((s) => s.rawText),
    inlineCss: doc.querySelectorAll('style').map((s) => s.rawText),
  };
}

/** Gzip size of the inline code of a page, compressed together as it travels inside the HTML. */
export function inlineCodeGzipBytes(assets: HtmlAssets): number {
  const code = [...assets.inlineJs, ...assets.inlineCss].join('\n');
  return code ? gzipSync(code).length : 0;
}

/**
 * Module specifiers a JS file imports statically (`import … from "./x.js"`, `import "./x.js"`,
 * `export … from`), which the browser fetches before running it; dynamic `import()` is not included.
 */
export function staticImports(js: string): string[] {
  const specifiers = [...js.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g)];
  return [...new Set(specifiers.map((m) => m[1] ?? ''))];
}
