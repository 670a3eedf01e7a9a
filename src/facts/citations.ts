import type { ArticleEntry, SiteContent } from '../data/site-content';
import type { Comparison } from '../schemas/comparison';
import type { Decision } from '../schemas/decision';
import { cellFactIds } from './cell-markup';

/** The facts a decision table shows: its rules' situations. */
const tableFactIds = (d: Decision): string[] => d.factors.flatMap((f) => f.rules.flatMap((r) => cellFactIds(r.when)));

/** The facts a decision guide shows: its answers' reasons and its outcomes. */
const guideFactIds = (d: Decision): string[] => [
  ...d.factors.flatMap((f) => f.rules.flatMap((r) => cellFactIds(r.reason))),
  ...d.outcomes.flatMap((o) => [o.summary, ...o.caveats].flatMap(cellFactIds)),
];

/**
 * Everything a page cites: the facts its MDX bodies use (`bodyFactIds`, one list per body), its
 * table cells use, the decision tables and guides it shows, and the sources its table rows name; each once, in
 * order of first use.
 */
export function pageCitations(
  bodyFactIds: readonly (readonly string[])[],
  tables: readonly Comparison[],
  decisions: readonly Decision[] = [],
  guides: readonly Decision[] = [],
) {
  const rows = tables.flatMap((t) => t.rows);
  const factIds = [
    ...bodyFactIds.flat(),
    ...decisions.flatMap(tableFactIds),
    ...guides.flatMap(guideFactIds),
    ...rows.flatMap((row) => Object.values(row.cells).flatMap(cellFactIds)),
  ];
  return { factIds: [...new Set(factIds)], sourceIds: [...new Set(rows.flatMap((r) => r.sources))] };
}

/** Everything an article page cites: its body, the FAQ entries it shows, its table, and the decision tables and guides it shows. */
export function articleCitations(article: ArticleEntry, content: Pick<SiteContent, 'faq' | 'comparisons' | 'decisions' | 'body'>) {
  const shown = (kind: 'tables' | 'guides') => {
    const ids = content.body(article).decisionIds[kind];
    return content.decisions.filter((d) => ids.includes(d.id)).map((d) => d.data);
  };
  return pageCitations(
    [article, ...content.faq.filter((f) => f.data.article === article.id)].map((entry) => content.body(entry).factIds),
    content.comparisons.filter((t) => t.data.article === article.id).map((t) => t.data),
    shown('tables'),
    shown('guides'),
  );
}
