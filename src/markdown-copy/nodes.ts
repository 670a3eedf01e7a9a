import type { Heading, Link, List, Paragraph, PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import { parseCell } from '../facts/cell-markup';
import { citeLabel } from '../facts/cite-label';
import { factReadsAsCode, formatFact } from '../facts/format-fact';
import { text, type CopyContext } from './mdx-to-mdast';

/** Building blocks of a Markdown copy that every feature's converter uses: links, facts with their sources, cells, tables. */

export const link = (url: string, children: PhrasingContent[]): Link => ({ type: 'link', url, children });
export const heading = (depth: Heading['depth'], children: PhrasingContent[]): Heading => ({ type: 'heading', depth, children });
export const paragraph = (children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });

/** A paragraph that opens with bold words (a table's caption, a question, a figure's title), then any more text. */
export const leadParagraph = (lead: string, ...rest: PhrasingContent[]): Paragraph =>
  paragraph([{ type: 'strong', children: [text(lead)] }, ...rest]);

/** A tight bulleted list, one paragraph per item. */
export const list = (items: PhrasingContent[][]): List => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items.map((children) => ({ type: 'listItem', spread: false, children: [paragraph(children)] })),
});

/** A fact as the page shows it, then its source as a link: "100 ms ([Kafka docs](https://…))"; an estimate says so. */
export function factNodes(id: string, ctx: CopyContext, fail: (message: string) => Error): PhrasingContent[] {
  const fact = ctx.content.facts.get(id);
  if (!fact) throw fail(`unknown fact id "${id}"`);
  const value = formatFact(fact.data);
  const shown: PhrasingContent = factReadsAsCode(fact.data) ? { type: 'inlineCode', value } : text(value);
  const source = fact.data.source ? ctx.content.sources.get(fact.data.source) : undefined;
  if (!source) return [shown, text(' (estimate)')];
  return [shown, text(' ('), link(source.data.url, [text(citeLabel(source.data))]), text(')')];
}

/** A table cell's or definition's text (`code` spans and {fact:<id>} tokens, src/facts/cell-markup.ts) as Markdown. */
export function cellNodes(cell: string, ctx: CopyContext, fail: (message: string) => Error): PhrasingContent[] {
  return parseCell(cell).flatMap((part): PhrasingContent[] =>
    part.type === 'fact'
      ? factNodes(part.id, ctx, fail)
      : part.type === 'code'
        ? [{ type: 'inlineCode', value: part.value }]
        : [text(part.value)],
  );
}

const row = (cells: readonly PhrasingContent[][]): TableRow => ({
  type: 'tableRow',
  children: cells.map((children): TableCell => ({ type: 'tableCell', children })),
});

export const gfmTable = (head: readonly string[], rows: readonly PhrasingContent[][][]): Table => ({
  type: 'table',
  align: head.map(() => null),
  children: [row(head.map((h) => [text(h)])), ...rows.map(row)],
});
