import type { Comparison } from '../schemas/comparison';
import { cellFactIds } from './cell-markup';
import { mdxFactIds } from '../data/mdx-body';

/** Everything a page cites: the facts its MDX and tables use and the sources its table rows name. */
export function pageCitations(mdxBodies: readonly string[], tables: readonly Comparison[]) {
  const rows = tables.flatMap((t) => t.rows);
  const factIds = [
    ...mdxBodies.flatMap(mdxFactIds),
    ...rows.flatMap((row) => Object.values(row.cells).flatMap(cellFactIds)),
  ];
  return { factIds: [...new Set(factIds)], sourceIds: [...new Set(rows.flatMap((r) => r.sources))] };
}
