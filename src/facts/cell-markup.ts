/**
 * Table cells are short text with two kinds of markup only: `code` spans and {fact:<id>} tokens.
 * A full Markdown renderer would allow far more than a cell should hold, so this small parser
 * accepts exactly these two and treats everything else as text.
 */
export type CellPart =
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'code'; readonly value: string }
  | { readonly type: 'fact'; readonly id: string };

const token = /`([^`]+)`|\{fact:([a-z0-9-]+)\}/g;

export function parseCell(text: string): CellPart[] {
  const parts: CellPart[] = [];
  let last = 0;
  for (const match of text.matchAll(token)) {
    if (match.index > last) parts.push({ type: 'text', value: text.slice(last, match.index) });
    const [, code, fact] = match;
    parts.push(code !== undefined ? { type: 'code', value: code } : { type: 'fact', id: fact ?? '' });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
  return parts;
}

/** Fact ids a cell refers to, in order of appearance. */
export function cellFactIds(text: string): string[] {
  return parseCell(text).flatMap((p) => (p.type === 'fact' ? [p.id] : []));
}

/** A cell as plain text, with facts replaced by the text they render as; for search records. */
export function cellPlainText(text: string, factText: (id: string) => string): string {
  return parseCell(text)
    .map((part) => (part.type === 'fact' ? factText(part.id) : part.value))
    .join('');
}
