/**
 * Finds sentences glued to the next word ("primary sources.The reasoning"): an HTML minifier drops
 * the whitespace between two elements or expressions, and the page reads wrong although every
 * source file looks right. Only text that reads as one run is joined: the inline content of one
 * paragraph, list item, cell, heading or caption. Code is left out, and a block boundary inside
 * (a nested paragraph, a line break) counts as a space.
 */

/** Elements whose inline content is one run of text. */
const textBlocks = new Set([
  'p',
  'li',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dt',
  'dd',
  'caption',
  'figcaption',
  'summary',
  'blockquote',
]);

/** Elements that start a new run inside a text block: their text is checked on its own. */
const boundaries = new Set([...textBlocks, 'div', 'ul', 'ol', 'dl', 'table', 'tr', 'section', 'details', 'br', 'hr']);

/** Elements whose text is not prose: code keeps dots between names, scripts and styles are no text. */
const skipped = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'template', 'svg', 'math']);

/**
 * A sentence end (after a word, a digit or a closing bracket) followed at once by a capitalised
 * word, or a closing bracket followed at once by one ("(Spark docs)Read").
 */
const glued = /(?<=[\p{Ll}\d)\]])[.!?][”’"')]*(?=\p{Lu}\p{Ll})|(?<=\p{L})[)\]](?=\p{Lu}\p{Ll})/gu;

const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Character references as Astro and the Markdown processor write them: the five escapes, no-break space and numeric ones. */
const named: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (ref, name: string) =>
    name.startsWith('#')
      ? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
      : (named[name] ?? ref),
  );

/**
 * Comments, raw-text elements (their content is no text), end tags, start tags and text: one pass
 * over the page instead of building its tree, since a build checks every page.
 */
const tokens =
  /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<\/([a-z][\w:-]*)\s*>|<([a-z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>|[^<]+|</gi;

/**
 * The inline run of every text block, in document order. A text belongs to the nearest enclosing
 * block, boundary or skipped element: to the run if that is a text block, to nothing otherwise. A
 * boundary or skipped element counts as one space in the run of the block it stands in.
 */
function blockRuns(html: string): { tag: string; text: string }[] {
  const runs: { tag: string; parts: string[] }[] = [];
  /** Open elements; `run` is set on text blocks, `stops` on every element a text never crosses. */
  const open: { tag: string; stops: boolean; run?: string[] }[] = [];
  const nearestStop = () => {
    for (let i = open.length - 1; i >= 0; i--) if (open[i]?.stops) return open[i];
    return undefined;
  };
  for (const [token, rawText, endTag, startTag, attributes = ''] of html.matchAll(tokens)) {
    if (token.startsWith('<!--')) continue;
    if (rawText) {
      nearestStop()?.run?.push(' ');
      continue;
    }
    if (endTag) {
      const tag = endTag.toLowerCase();
      const at = open.findLastIndex((e) => e.tag === tag);
      if (at >= 0) open.length = at;
      continue;
    }
    if (startTag) {
      const tag = startTag.toLowerCase();
      const stops = boundaries.has(tag) || skipped.has(tag);
      if (stops) nearestStop()?.run?.push(' ');
      if (voidElements.has(tag) || attributes.endsWith('/')) continue;
      const element: { tag: string; stops: boolean; run?: string[] } = { tag, stops };
      if (textBlocks.has(tag)) {
        element.run = [];
        runs.push({ tag, parts: element.run });
      }
      open.push(element);
      continue;
    }
    nearestStop()?.run?.push(decode(token));
  }
  return runs.map(({ tag, parts }) => ({ tag, text: parts.join('') }));
}

/** Each glued place on a page, as "…words.Next…" with some context. */
export function gluedSentences(html: string): string[] {
  const found: string[] = [];
  for (const block of blockRuns(html)) {
    const text = block.text.replace(/\s+/g, ' ');
    for (const match of text.matchAll(glued)) {
      const at = match.index;
      // A dotted name (org.apache.spark.sql.streaming.Trigger, pyspark.sql.DataStreamWriter) is one
      // word with dots inside, not two sentences: the word before the dot already holds a dot or a slash.
      const word = text.slice(text.lastIndexOf(' ', at) + 1, at);
      if (/[./#_:]/.test(word)) continue;
      // Class.Member written as prose (Trigger.RealTime, StreamsConfig.Value) is a name: one side
      // is CamelCase, or the member is called. A sentence rarely ends or starts with such a word.
      const rest = text.slice(at + match[0].length);
      const next = /^\p{L}+/u.exec(rest)?.[0] ?? '';
      if (/\p{Ll}\p{Lu}/u.test(word) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(next)) continue;
      // A call (Trigger.Once()) is code written as prose, not two sentences.
      if (rest.charAt(next.length) === '(') continue;
      const context = text.slice(Math.max(0, at - 30), at + 30).trim();
      found.push(`<${block.tag}> "${context}"`);
    }
  }
  return found;
}
