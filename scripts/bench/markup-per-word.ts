/**
 * Markup per word: how many compressed bytes of HTML a prose page spends per word a reader reads,
 * beyond the chrome every page shares. The bytes are the gzip (level 9) of the page's HTML without
 * its JSON-LD and inline SVG (data and drawings, not markup around words), minus the same for the
 * 404 page (header, footer, head); the words are those of the text in `<main>`, scripts, styles,
 * code blocks and drawings left out. Citations, token colours and wrappers all show up here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { HTMLElement, NodeType, parse, type Node } from 'node-html-parser';
import { KiB } from './stats.ts';

/** Elements whose text is not prose: code, drawings, scripts, styles and inert templates. */
const skippedText = new Set(['script', 'style', 'pre', 'svg', 'template', 'noscript']);

/**
 * Elements that end a run of text: the HTML is minified, so `<p>a</p><p>b</p>` has no space between
 * the two words, while a reader (and innerText) sees two.
 */
const blockElements = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]); // prettier-ignore

/** The HTML without its `<script type="application/ld+json">` elements and its (outermost) inline `<svg>` elements. */
export function stripDataAndDrawings(html: string): string {
  const doc = parse(html, { comment: true });
  const cut = [
    ...doc.querySelectorAll('script').filter((s) => (s.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json'),
    ...doc.querySelectorAll('svg').filter((svg) => !svg.parentNode?.closest('svg')),
  ]
    .map((element) => element.range)
    .sort((a, b) => a[0] - b[0]);
  let kept = '';
  let from = 0;
  for (const [start, end] of cut) {
    if (start < from) continue;
    kept += html.slice(from, start);
    from = end;
  }
  return kept + html.slice(from);
}

/** Gzip level 9 of the HTML without JSON-LD and inline SVG. */
export function markupBytes(html: string): number {
  return gzipSync(stripDataAndDrawings(html), { level: 9 }).length;
}

/** Elements whose text is no text at all to a reader: drawings, scripts, styles, inert templates. */
const noText = new Set([...skippedText].filter((tag) => tag !== 'pre'));

function collectText(node: Node, out: string[], skipped: ReadonlySet<string>): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    out.push(node.text);
    return;
  }
  if (!(node instanceof HTMLElement)) return;
  const tag = node.rawTagName?.toLowerCase() ?? '';
  if (skipped.has(tag)) return;
  const block = blockElements.has(tag);
  if (block) out.push(' ');
  for (const child of node.childNodes) collectText(child, out, skipped);
  if (block) out.push(' ');
}

/** The text of `<main>` as a reader gets it, block boundaries as spaces, without the elements `skipped` names. */
function mainText(html: string, skipped: ReadonlySet<string>): string {
  // Code blocks parsed as elements, not kept as raw text (node-html-parser's default for <pre>), so their tags drop out.
  const main = parse(html, { blockTextElements: { script: true, noscript: true, style: true } }).querySelector('main');
  if (!main) return '';
  const text: string[] = [];
  collectText(main, text, skipped);
  return text.join('');
}

/** Whitespace-separated words of the text in `<main>`; 0 when the page has no `<main>`. */
export function mainWords(html: string): number {
  return mainText(html, skippedText).split(/\s+/).filter(Boolean).length;
}

/**
 * The floor markup cannot go below: the gzip (level 9) of the text of `<main>` alone, code blocks
 * included (their bytes count in the page and cannot be anything but text), with no element at all.
 */
export function textFloorBytes(html: string): number {
  return gzipSync(mainText(html, noText).replace(/[ \t]+/g, ' '), { level: 9 }).length;
}

export interface MarkupPerWord {
  /** Gzip bytes of the page beyond the shared chrome (see markupBytes). */
  readonly bytes: number;
  readonly words: number;
  /** KiB of markup per 1,000 words. */
  readonly kibPer1000Words: number;
  /** KiB per 1,000 words of the page's text alone (see textFloorBytes): what no markup could go below. */
  readonly floorKiBPer1000Words: number;
  /** The page's bytes over its text floor's. */
  readonly overFloor: number;
}

/** Markup per word of a page's HTML, the chrome being the HTML of a page with (almost) nothing but chrome, the 404 page. */
export function markupPerWord(html: string, chromeHtml: string): MarkupPerWord {
  const bytes = markupBytes(html) - markupBytes(chromeHtml);
  const words = mainWords(html);
  const floor = textFloorBytes(html);
  const perWord = (b: number) => (words === 0 ? Number.NaN : b / KiB / (words / 1000));
  return { bytes, words, kibPer1000Words: perWord(bytes), floorKiBPer1000Words: perWord(floor), overFloor: bytes / floor };
}

/** A page's markup per word, and whether the budget holds it or it is only reported. */
export interface PageMarkup extends MarkupPerWord {
  readonly path: string;
  readonly budgeted: boolean;
}

/** The built HTML of a site path: `/faq/` is dist/faq/index.html, `/404.html` is itself. */
export function builtHtml(dist: string, sitePath: string): string {
  return readFileSync(path.join(dist, sitePath.endsWith('/') ? path.join(sitePath, 'index.html') : sitePath), 'utf8');
}

/** Markup per word of the budgeted and the reported pages of a build. */
export function measureMarkup(
  dist: string,
  pages: { readonly paths: readonly string[]; readonly reportedPaths: readonly string[]; readonly chromePath: string },
): PageMarkup[] {
  const chrome = builtHtml(dist, pages.chromePath);
  return [...pages.paths.map((p) => ({ p, budgeted: true })), ...pages.reportedPaths.map((p) => ({ p, budgeted: false }))].map(
    ({ p, budgeted }) => ({ path: p, budgeted, ...markupPerWord(builtHtml(dist, p), chrome) }),
  );
}
