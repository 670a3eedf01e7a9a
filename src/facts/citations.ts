import type { ArticleEntry, SiteContent } from '../data/site-content';
import type { Comparison } from '../schemas/comparison';
import type { Decision } from '../schemas/decision';
import { cellFactIds } from './cell-markup';

/**
 * Everything a page cites: the facts its MDX bodies use (`bodyFactIds`, one list per body), its
 * table cells use and its decision rules use, and the sources its table rows name; each once, in
 * order of first use.
 */
export function pageCitations(
  bodyFactIds: readonly (readonly string[])[],
  tables: readonly Comparison[],
  decisions: readonly Decision[] = [],
) {
  const rows = tables.flatMap((t) => t.rows);
  const factIds = [
    ...bodyFactIds.flat(),
    ...decisions.flatMap((d) => d.factors.flatMap((f) => f.rules.flatMap((r) => cellFactIds(r.when)))),
    ...rows.flatMap((row) => Object.values(row.cells).flatMap(cellFactIds)),
  ];
  return { factIds: [...new Set(factIds)], sourceIds: [...new Set(rows.flatMap((r) => r.sources))] };
}

/** Everything an article page cites: its body, the FAQ entries it shows, its table and its decision rules. */
export function articleCitations(article: ArticleEntry, content: Pick<SiteContent, 'faq' | 'comparisons' | 'decisions' | 'body'>) {
  return pageCitations(
    [article, ...content.faq.filter((f) => f.data.article === article.id)].map((entry) => content.body(entry).factIds),
    content.comparisons.filter((t) => t.data.article === article.id).map((t) => t.data),
    content.decisions.filter((d) => d.data.article === article.id).map((d) => d.data),
  );
}
