import type { RootContent } from 'mdast';
import { factNodes, gfmTable } from '../markdown-copy/nodes';
import { text, type CopyContext } from '../markdown-copy/mdx-to-mdast';
import { latencyFactIds, latencyFactsFrom } from './fact-ids';
import { defaultScenarios, scenarioBreakdown } from './model';
import { segmentLabel, totalText } from './timeline';

/** The latency explainer: its default scenarios as a table (each part's bound, the total, the sum), then the figures behind it. */
export function latencyExplainerNodes(ctx: CopyContext, fail: (message: string) => Error): RootContent[] {
  const facts = latencyFactsFrom((id) => ctx.content.facts.get(id)?.data);
  const rows = defaultScenarios(facts).map((scenario) => {
    const breakdown = scenarioBreakdown(scenario, facts);
    return [
      [text(scenario.title)],
      [text(breakdown.segments.map(segmentLabel).join('; '))],
      [text(`${totalText(breakdown)} (${breakdown.calculation})`)],
    ];
  });
  return [
    {
      type: 'paragraph',
      children: [
        {
          type: 'strong',
          children: [
            text('Where one record’s time goes (a model, not a measurement: the longest waits the settings allow plus typical times)'),
          ],
        },
      ],
    },
    gfmTable(['Setting', 'Each part (and its kind)', 'Total'], rows),
    {
      type: 'paragraph',
      children: Object.values(latencyFactIds).flatMap((id, i) => [
        text(`${i === 0 ? 'Figures used: ' : '; '}${ctx.content.facts.get(id)?.data.label ?? id}: `),
        ...factNodes(id, ctx, fail),
      ]),
    },
  ];
}
