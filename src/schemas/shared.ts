import { z } from 'astro/zod';
import { slugPattern } from '../anchors/slug';

/** A stable public id (kebab-case); used for entries, table rows, facts and sources. */
export const slug = z.string().regex(slugPattern, { error: 'must be kebab-case: lowercase letters, digits and single hyphens' });

/** An https URL: every cited source is a public page. */
export const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an absolute https:// URL' });
