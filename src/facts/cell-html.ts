import { escapeXml } from '../lib/escape-xml';
import { parseCell } from './cell-markup';

/** A cell's text as an HTML fragment for places outside a page (the Atom feed): `code` spans kept, facts as their values. */
export function cellHtml(text: string, factText: (id: string) => string): string {
  return parseCell(text)
    .map((part) =>
      part.type === 'code' ? `<code>${escapeXml(part.value)}</code>` : escapeXml(part.type === 'fact' ? factText(part.id) : part.value),
    )
    .join('');
}
