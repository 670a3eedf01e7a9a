import type { RootContent } from 'mdast';
import { calloutLead, type CalloutKind } from '../components/callout-lead';
import { decisionGuideNodes, decisionTableNodes } from '../decide/decision-markdown';
import { diagramNodes } from '../diagrams/diagram-markdown';
import { recentChangesNodes } from '../changes/change-markdown';
import { latencyExplainerNodes } from '../latency/latency-markdown';
import { glossaryTermPath, tableRowPath } from '../routes';
import { asPhrasing, blocks, text, type CopyContext, type MdxConverter } from './mdx-to-mdast';
import { cellNodes, factNodes, gfmTable, leadParagraph, link } from './nodes';

/**
 * How each MDX element of an article or answer reads in a Markdown copy. Adding an element to
 * the site's MDX means adding one line here: an element without a converter fails the build
 * with file and element named.
 */

/** A side-by-side table: its caption, then one row per dimension, the dimension linked to the row on the table page. */
export function comparisonTableNodes(id: string, ctx: CopyContext, fail: (message: string) => Error): RootContent[] {
  const table = ctx.content.comparisons.find((t) => t.id === id);
  if (!table) throw fail(`no table content/comparisons/${id}.yaml`);
  const { caption, systems, rows, article } = table.data;
  return [
    leadParagraph(caption),
    gfmTable(
      ['Dimension', ...systems.map((s) => s.name)],
      rows.map((r) => [
        [link(ctx.url(tableRowPath(article, r.id)), [text(r.dimension)])],
        ...systems.map((s) => cellNodes(r.cells[s.id] ?? '', ctx, fail)),
      ]),
    ),
  ];
}

const calloutKinds: readonly string[] = ['misconception', 'changed', 'note'] satisfies CalloutKind[];

/** The MDX elements a body may use, each with its Markdown form. */
export const markdownConverters: Record<string, MdxConverter> = {
  Fact: ({ attributes, ctx, fail }) => factNodes(attributes['id'] ?? '', ctx, fail),
  Term: ({ attributes, children, ctx, fail }) => {
    const id = attributes['id'] ?? '';
    if (!ctx.content.glossary.some((g) => g.id === id)) throw fail(`unknown glossary term "${id}"`);
    return [link(ctx.url(glossaryTermPath(id)), asPhrasing(children, fail))];
  },
  Callout: ({ attributes, children, ctx, fail }) => {
    const { kind = '', title = '', versionFact } = attributes;
    if (!calloutKinds.includes(kind)) throw fail(`kind must be one of ${calloutKinds.join(', ')}`);
    const lead = calloutLead(kind as CalloutKind, versionFact, ctx.content);
    return [{ type: 'blockquote', children: blocks([leadParagraph(`${lead}: ${title}`), ...children]) }];
  },
  ComparisonTable: ({ attributes, ctx, fail }) => comparisonTableNodes(attributes['id'] ?? '', ctx, fail),
  DecisionTable: ({ attributes, ctx, fail }) => decisionTableNodes(attributes['id'] ?? '', ctx, fail),
  DecisionGuide: ({ attributes, ctx, fail }) => decisionGuideNodes(attributes['id'] ?? '', ctx, fail),
  Diagram: ({ attributes, fail }) => diagramNodes(attributes['id'] ?? '', fail),
  LatencyExplainer: ({ ctx, fail }) => latencyExplainerNodes(ctx, fail),
  RecentChanges: ({ attributes, ctx, fail }) => recentChangesNodes(attributes['projects'], ctx, fail),
  // HTML written into MDX: a span only groups words, so its words stand for it.
  span: ({ children }) => [...children],
};
