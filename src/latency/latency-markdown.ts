import type { RootContent } from 'mdast';
import { factNodes, gfmTable, leadParagraph, list } from '../markdown-copy/nodes';
import { text, type CopyContext } from '../markdown-copy/mdx-to-mdast';
import { defaultRows, legendGroups } from './explainer';
import { latencyFactsFrom } from './fact-ids';
import { segmentLabel, totalText } from './timeline';

/**
 * The latency explainer in a Markdown copy: the default scenarios as a table (each part with its
 * kind, the total and its sum), then the figures behind them, grouped as the page's legend groups them.
 */
export function latencyExplainerNodes(ctx: CopyContext, fail: (message: string) => Error): RootContent[] {
  const rows = defaultRows(latencyFactsFrom((id) => ctx.content.facts.get(id)?.data));
  return [
    leadParagraph('Where one record’s time goes (a model, not a measurement: the longest waits the settings allow plus typical times)'),
    gfmTable(
      ['Setting', 'Each part (and its kind)', 'Total'],
      rows.map(({ title, breakdown }) => [
        [text(title)],
        [text(breakdown.segments.map(segmentLabel).join('; '))],
        [text(`${totalText(breakdown)} (${breakdown.calculation})`)],
      ]),
    ),
    ...legendGroups(rows).flatMap((group): RootContent[] => [
      leadParagraph(group.title),
      list(group.factIds.map((id) => [text(`${ctx.content.facts.get(id)?.data.label ?? id}: `), ...factNodes(id, ctx, fail)])),
    ]),
  ];
}
