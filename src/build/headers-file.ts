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

/** One rule of a _headers file: a path pattern, the headers sent for it and the headers it detaches. */
export interface HeaderRule {
  readonly pattern: string;
  readonly headers: Record<string, string>;
  /** Header names (`! Name` lines) this rule removes from what the other matching rules send. */
  readonly detach: readonly string[];
}

/**
 * Parses the _headers format as Cloudflare Pages documents it: a path pattern on its own line,
 * indented `Name: value` lines under it, and `! Name` lines that detach a header a broader rule adds.
 */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: { pattern: string; headers: Record<string, string>; detach: string[] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {}, detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    const detached = /^\s*!\s*(\S+)\s*$/.exec(line)?.[1];
    const colon = line.indexOf(':');
    if (rule && detached) rule.detach.push(detached);
    else if (rule && colon > 0) rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

const patternMatches = (pattern: string, urlPath: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(urlPath);

/**
 * The headers a static host sends for a URL path: those of every matching rule, where two rules
 * giving the same header have their values joined with a comma (so a site-wide Cache-Control and a
 * folder's would both be sent), unless a rule detaches the header the others give.
 */
export function headersFor(rules: readonly HeaderRule[], urlPath: string): Record<string, string> {
  const matching = rules.filter((rule) => patternMatches(rule.pattern, urlPath));
  const sent: Record<string, string> = {};
  for (const rule of matching) {
    for (const [name, value] of Object.entries(rule.headers)) {
      const detachedByOther = matching.some((other) => other !== rule && other.detach.some((d) => d.toLowerCase() === name.toLowerCase()));
      if (detachedByOther) continue;
      const key = Object.keys(sent).find((k) => k.toLowerCase() === name.toLowerCase()) ?? name;
      sent[key] = sent[key] === undefined ? value : `${sent[key]}, ${value}`;
    }
  }
  return sent;
}
