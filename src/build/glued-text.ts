import { parse, type HTMLElement, type Node } from 'node-html-parser';

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

/** The run of text an element shows inline; nested blocks and skipped elements count as a space. */
function inlineText(node: Node): string {
  if (node.nodeType === 3) return node.text;
  if (node.nodeType !== 1) return '';
  const element = node as HTMLElement;
  const tag = element.rawTagName?.toLowerCase() ?? '';
  if (skipped.has(tag)) return ' ';
  return element.childNodes
    .map((child) =>
      child.nodeType === 1 && boundaries.has((child as HTMLElement).rawTagName?.toLowerCase() ?? '') ? ' ' : inlineText(child),
    )
    .join('');
}

/** Each glued place on a page, as "…words.Next…" with some context. */
export function gluedSentences(html: string): string[] {
  const root = parse(html, { comment: false, blockTextElements: { script: false, style: false, pre: true } });
  const found: string[] = [];
  for (const block of root.querySelectorAll([...textBlocks].join(','))) {
    const text = inlineText(block).replace(/\s+/g, ' ');
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
      found.push(`<${block.rawTagName.toLowerCase()}> "${context}"`);
    }
  }
  return found;
}
