import { z } from 'astro/zod';
import { topicIds } from '../data/topics';
import { reportDuplicateIds, slug } from './shared';

/** One column of a comparison table. */
const systemSchema = z.object({
  /** Key of this system's cell in every row. */
  id: slug,
  /** Column heading. */
  name: z.string().min(2),
});

/** One row: a dimension and one cell per system. */
const rowSchema = z.object({
  /** Public id of the row: `…/table/#<id>` lands on it. */
  id: slug,
  /** Row heading, the thing compared. */
  dimension: z.string().min(3),
  /** Cell text per system id; may hold `code` spans and {fact:<id>} tokens. */
  cells: z.record(z.string(), z.string().min(1)),
  /** Source ids (content/sources.yaml) that back this row. */
  sources: z.array(slug).default([]),
  /** FAQ topics the row belongs to (src/data/topics.ts), first one primary; search offers them as a filter. */
  topics: z.array(z.enum(topicIds)).max(3).default([]),
});

/** A side-by-side table (`content/comparisons/<id>.yaml`). */
export const comparisonSchema = z
  .object({
    /** Heading of the table page. */
    title: z.string().min(10),
    /** Slug of the article the table belongs to; the table page lives at `/<article>/table/`. */
    article: slug,
    /** The table's <caption>. */
    caption: z.string().min(10),
    /** The columns, in order. */
    systems: z.array(systemSchema).min(2),
    /** The rows, in order. */
    rows: z.array(rowSchema).min(1),
  })
  .superRefine((table, ctx) => {
    reportDuplicateIds(table.rows, 'rows', ctx, 'row');
    const systemIds = table.systems.map((s) => s.id);
    table.rows.forEach((row, i) => {
      for (const id of systemIds) {
        if (!(id in row.cells)) ctx.addIssue({ code: 'custom', path: ['rows', i, 'cells', id], message: 'missing cell' });
      }
      for (const id of Object.keys(row.cells)) {
        if (!systemIds.includes(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['rows', i, 'cells', id],
            message: `unknown system; expected one of ${systemIds.join(', ')}`,
          });
        }
      }
    });
  });

export type Comparison = z.infer<typeof comparisonSchema>;
