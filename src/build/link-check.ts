import { sourceUrlProblem } from '../facts/source-url';
import { stripBase, withBase } from '../routes';

/** A built page as the checks see it. */
export interface PageHtml {
  /** URL path without the base ("/faq/"). */
  readonly path: string;
  readonly html: string;
}

/** Ids declared on a page, in document order (repeats kept, so duplicates can be found). */
export function pageIds(html: string): string[] {
  return idsIn(stripNonMarkup(html));
}

const idsIn = (markup: string) => [...markup.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '');

/** Script and style bodies can contain text that looks like attributes; leave them out. */
function stripNonMarkup(html: string): string {
  return html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '').replace(/<!--[\s\S]*?-->/g, '');
}

/** Every link-like reference of a page: the element name, the attribute and its value. */
export function pageRefs(html: string): { tag: string; attr: string; value: string }[] {
  return refsIn(stripNonMarkup(html));
}

function refsIn(markup: string): { tag: string; attr: string; value: string }[] {
  const refs: { tag: string; attr: string; value: string }[] = [];
  for (const tag of markup.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
    for (const attr of (tag[2] ?? '').matchAll(/\s(href|src|action)="([^"]*)"/g)) {
      refs.push({ tag: (tag[1] ?? '').toLowerCase(), attr: attr[1] ?? '', value: attr[2] ?? '' });
    }
  }
  return refs;
}

const unescape = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/**
 * Checks every page: ids are unique; every internal reference resolves to a page or file of the
 * build, and every #fragment to an id on its target; external references are well-formed https,
 * and an external link (<a>) goes to a page the site may cite (src/facts/source-url.ts).
 * `files` are the build's files relative to its root ("faq/index.html", "favicon.svg"); `base` is
 * the site's base path ("/" or "/docs/").
 *
 * Two passes, so that a build can hand over its pages one at a time and no page is kept while the
 * others are read: `addIds` with every page, then `checkRefs` with every page again. `problems`
 * then holds one message per problem naming page and element, page by page.
 */
export function linkChecker(files: readonly string[], base = '/') {
  const fileSet = new Set(files);
  // A page's ids joined into one new string: the ids matched in its markup are slices of it, which
  // would keep the whole page alive until the end of the check.
  const idsByPage = new Map<string, string>();
  const repeatedByPage = new Map<string, string[]>();
  const idSets = new Map<string, Set<string>>();
  const problems: string[] = [];
  const idsOf = (page: string): Set<string> | undefined => {
    const joined = idsByPage.get(page);
    if (joined === undefined) return undefined;
    let ids = idSets.get(page);
    if (!ids) idSets.set(page, (ids = new Set(joined ? joined.split('\n') : [])));
    return ids;
  };

  /** The page path a URL path resolves to, or undefined when no page or file serves it. */
  const resolve = (urlPath: string): string | undefined => {
    const sitePath = decodeURIComponent(urlPath);
    const file = sitePath.slice(1);
    if (idsByPage.has(sitePath) || fileSet.has(file)) return sitePath;
    if (sitePath.endsWith('/') && fileSet.has(`${file}index.html`)) return sitePath;
    return undefined;
  };

  return {
    problems,
    /** First pass: the page's ids, which the links of every page may point at. */
    addIds(page: PageHtml): void {
      const ids = pageIds(page.html);
      const seen = new Set<string>();
      const repeated = new Set<string>();
      for (const id of ids) (seen.has(id) ? repeated : seen).add(id);
      idsByPage.set(page.path, ids.join('\n'));
      if (repeated.size > 0) repeatedByPage.set(page.path, [...repeated]);
    },
    /** Second pass: the page's repeated ids and its references, checked against every page's ids. */
    checkRefs(page: PageHtml): void {
      for (const id of repeatedByPage.get(page.path) ?? []) {
        problems.push(`${page.path}: id "${id}" is used more than once (ids must be unique on a page)`);
      }
      for (const { tag, attr, value: raw } of pageRefs(page.html)) {
        const value = unescape(raw);
        const where = `${page.path}: <${tag} ${attr}="${value}">`;
        if (/^(mailto|tel):/.test(value)) continue;
        if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) {
          if (!/^https:\/\/[^/\s]+\.[^/\s]+/.test(value)) {
            problems.push(`${where}: external links must be well-formed https:// URLs`);
          } else if (tag === 'a') {
            const problem = sourceUrlProblem(value);
            if (problem) problems.push(`${where}: ${problem}`);
          }
          continue;
        }
        const url = new URL(value, `https://site.invalid${withBase(page.path, base)}`);
        if (!url.pathname.startsWith(base)) {
          problems.push(`${where}: points outside the site's base path ${base}`);
          continue;
        }
        const target = resolve(stripBase(url.pathname, base));
        if (target === undefined) {
          problems.push(`${where}: no page or file at ${url.pathname}`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (!fragment) continue;
        const targetIds = idsOf(target);
        if (!targetIds?.has(fragment)) {
          const known = [...(targetIds ?? [])].sort();
          problems.push(`${where}: no element with id "${fragment}" on ${target}; ids there: ${known.join(', ') || '(none)'}`);
        }
      }
    },
  };
}

/** The link check over pages held in memory (see linkChecker): one message per problem. */
export function checkLinks(pages: readonly PageHtml[], files: readonly string[], base = '/'): string[] {
  const checker = linkChecker(files, base);
  for (const page of pages) checker.addIds(page);
  for (const page of pages) checker.checkRefs(page);
  return checker.problems;
}
