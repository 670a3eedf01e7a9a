import { createHash } from 'node:crypto';

/** The placeholder in public/_headers that the build replaces with inline-script hashes. */
export const hashPlaceholder = '{inline-script-hashes}';

/** CSP source expressions ('sha256-…') for every inline script that runs (JSON data blocks do not). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    if (/\ssrc=/.test(attrs)) continue;
    const type = /\stype="([^"]*)"/.exec(attrs)?.[1];
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    hashes.push(
      `'sha256-${createHash('sha256')
        .update(m[2] ?? '')
        .digest('base64')}'`,
    );
  }
  return hashes;
}

/** One rule of a _headers file: a path pattern and the headers sent for it. */
export interface HeaderRule {
  readonly pattern: string;
  readonly headers: Record<string, string>;
}

/** Parses the _headers format: a path pattern on its own line, indented `Name: value` lines under it. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (rule && colon > 0) rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** The headers for a URL path: every rule whose pattern matches, later rules overriding earlier ones. */
export function headersFor(rules: readonly HeaderRule[], urlPath: string): Record<string, string> {
  const matches = (pattern: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(urlPath);
  return Object.assign({}, ...rules.filter((r) => matches(r.pattern)).map((r) => r.headers));
}
