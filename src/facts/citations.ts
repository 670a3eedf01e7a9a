import type { Comparison } from '../schemas/comparison';
import { cellFactIds } from './cell-markup';

/**
 * Everything a page cites: the facts its MDX bodies use (`bodyFactIds`, one list per body) and
 * its table cells use, and the sources its table rows name; each once, in order of first use.
 */
export function pageCitations(bodyFactIds: readonly (readonly string[])[], tables: readonly Comparison[]) {
  const rows = tables.flatMap((t) => t.rows);
  const factIds = [...bodyFactIds.flat(), ...rows.flatMap((row) => Object.values(row.cells).flatMap(cellFactIds))];
  return { factIds: [...new Set(factIds)], sourceIds: [...new Set(rows.flatMap((r) => r.sources))] };
}
