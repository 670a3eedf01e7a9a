import type { Link, PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast';
import { calloutLead, type CalloutKind } from '../components/callout-lead';
import { findDecision } from '../decide/find-decision';
import { factorAnchor, leanLabel } from '../decide/lean';
import { diagramInfo } from '../diagrams/diagrams';
import { latencyFactIds, latencyFactsFrom } from '../latency/fact-ids';
import { defaultScenarios, scenarioBreakdown } from '../latency/model';
import { segmentLabel, totalText } from '../latency/timeline';
import { parseCell } from '../facts/cell-markup';
import { citeLabel } from '../facts/cite-label';
import { factReadsAsCode, formatFact } from '../facts/format-fact';
import { articleSectionPath, glossaryTermPath, tableRowPath } from '../routes';
import { asPhrasing, blocks, text, type CopyContext, type MdxConverter } from './mdx-to-mdast';

/**
 * How each MDX element of an article or answer reads in a Markdown copy. Adding an element to
 * the site's MDX means adding one line here: an element without a converter fails the build
 * with file and element named.
 */

const link = (url: string, children: PhrasingContent[]): Link => ({ type: 'link', url, children });

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

const gfmTable = (head: readonly string[], rows: readonly PhrasingContent[][][]): Table => ({
  type: 'table',
  align: head.map(() => null),
  children: [row(head.map((h) => [text(h)])), ...rows.map(row)],
});

/** A side-by-side table: its caption, then one row per dimension, the dimension linked to the row on the table page. */
export function comparisonTableNodes(id: string, ctx: CopyContext, fail: (message: string) => Error): RootContent[] {
  const table = ctx.content.comparisons.find((t) => t.id === id);
  if (!table) throw fail(`no table content/comparisons/${id}.yaml`);
  const { caption, systems, rows, article } = table.data;
  return [
    { type: 'paragraph', children: [{ type: 'strong', children: [text(caption)] }] },
    gfmTable(
      ['Dimension', ...systems.map((s) => s.name)],
      rows.map((r) => [
        [link(ctx.url(tableRowPath(article, r.id)), [text(r.dimension)])],
        ...systems.map((s) => cellNodes(r.cells[s.id] ?? '', ctx, fail)),
      ]),
    ),
  ];
}

/** A decision table: one row per situation with its factor, what it points to and the section that says why. */
export function decisionTableNodes(id: string, ctx: CopyContext, fail: (message: string) => Error): RootContent[] {
  const { content } = ctx;
  const { decision, systems } = findDecision(content, id, fail);
  const { caption, factors, article } = decision;
  return [
    { type: 'paragraph', children: [{ type: 'strong', children: [text(caption)] }] },
    gfmTable(
      ['Factor', 'If', 'Points to', 'Why'],
      factors.flatMap((factor) =>
        factor.rules.map((rule) => [
          [link(ctx.url(articleSectionPath(article, factorAnchor(factor.id))), [text(factor.factor)])],
          cellNodes(rule.when, ctx, fail),
          [text(leanLabel(rule.lean, systems))],
          [
            link(ctx.url(articleSectionPath(article, factor.section)), [
              text(content.section(article, factor.section)?.heading.text ?? factor.section),
            ]),
          ],
        ]),
      ),
    ),
  ];
}

/** A decision guide: each question with its answers, where each points and why; the page itself combines them. */
export function decisionGuideNodes(id: string, ctx: CopyContext, fail: (message: string) => Error): RootContent[] {
  const { content } = ctx;
  const { decision, systems } = findDecision(content, id, fail);
  const { factors, article } = decision;
  return factors.flatMap((factor, i): RootContent[] => [
    { type: 'paragraph', children: [{ type: 'strong', children: [text(`${i + 1}. ${factor.question}`)] }] },
    {
      type: 'list',
      ordered: false,
      spread: false,
      children: factor.rules.map((rule) => ({
        type: 'listItem',
        spread: false,
        children: [
          {
            type: 'paragraph',
            children: [
              text(`${rule.answer} → ${rule.need ? 'only ' : ''}${leanLabel(rule.lean, systems)}. `),
              ...cellNodes(rule.reason, ctx, fail),
              text(' '),
              link(ctx.url(articleSectionPath(article, factor.section)), [
                text(content.section(article, factor.section)?.heading.text ?? factor.section),
              ]),
            ],
          },
        ],
      })),
    },
  ]);
}

/** A diagram: its title and caption, then the description that says everything it shows. */
function diagramNodes(id: string, fail: (message: string) => Error): RootContent[] {
  let info;
  try {
    info = diagramInfo(id);
  } catch (error) {
    throw fail((error as Error).message);
  }
  return [
    { type: 'paragraph', children: [{ type: 'strong', children: [text(`Figure: ${info.title}.`)] }, text(` ${info.caption}`)] },
    { type: 'paragraph', children: [text(info.desc)] },
  ];
}

/** The latency explainer: its default scenarios as a table (each part's bound, the total, the sum), then the figures behind it. */
function latencyExplainerNodes(ctx: CopyContext, fail: (message: string) => Error): RootContent[] {
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
    const heading: RootContent = { type: 'paragraph', children: [{ type: 'strong', children: [text(`${lead}: ${title}`)] }] };
    return [{ type: 'blockquote', children: blocks([heading, ...children]) }];
  },
  ComparisonTable: ({ attributes, ctx, fail }) => comparisonTableNodes(attributes['id'] ?? '', ctx, fail),
  DecisionTable: ({ attributes, ctx, fail }) => decisionTableNodes(attributes['id'] ?? '', ctx, fail),
  DecisionGuide: ({ attributes, ctx, fail }) => decisionGuideNodes(attributes['id'] ?? '', ctx, fail),
  Diagram: ({ attributes, fail }) => diagramNodes(attributes['id'] ?? '', fail),
  LatencyExplainer: ({ ctx, fail }) => latencyExplainerNodes(ctx, fail),
  // HTML written into MDX: a span only groups words, so its words stand for it.
  span: ({ children }) => [...children],
};
