import { z } from 'astro/zod';
import { slugPattern } from '../anchors/slug';

/** A stable public id (kebab-case); used for entries, table rows, facts and sources. */
export const slug = z.string().regex(slugPattern, { error: 'must be kebab-case: lowercase letters, digits and single hyphens' });

/** An https URL: every cited source is a public page. */
export const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an absolute https:// URL' });

/**
 * Reports every item whose id repeats an earlier one in a list (rows of a table, factors of a
 * decision): `<list>.<i>.id`, naming the first item that used it.
 */
export function reportDuplicateIds(items: readonly { id: string }[], list: string, ctx: z.RefinementCtx, kind: string): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [list, i, 'id'],
        message: `duplicate ${kind} id "${item.id}" (already used by ${list}.${first})`,
      });
    } else {
      seen.set(item.id, i);
    }
  });
}

/** A link to a section of an article: `<article slug>#<pinned heading id>`; the content checks resolve it. */
export const sectionLink = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*#[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'must be <article-slug>#<heading-id>',
});
