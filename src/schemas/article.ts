import { z } from 'astro/zod';
import { slug } from './shared';

/** Frontmatter of an article (`content/articles/<slug>.mdx`; the file name is the URL). */
export const articleSchema = z.object({
  /** The page's h1 and <title>; also the search result title. */
  title: z.string().min(10).max(90),
  /** Meta description and search snippet; long enough to say something, short enough not to be cut. */
  description: z.string().min(50).max(160),
  /** Date of first publication, for structured data. */
  published: z.coerce.date(),
  /** Date of the last substantive edit, shown on the page and in structured data. */
  updated: z.coerce.date(),
  /** Fact ids of the releases the article was checked against (e.g. `kafka-version`). */
  checkedAgainst: z.array(slug).min(1),
  /** Short name in the main navigation (which names the first six articles by `order`); the title when omitted. */
  navLabel: z.string().min(3).max(24).optional(),
  /** The systems the article is about; articles sharing one are listed as related. */
  systems: z
    .array(z.enum(['kafka-streams', 'spark', 'flink']))
    .min(1)
    .default(['kafka-streams', 'spark']),
  /** Position in lists of articles; lower comes first. */
  order: z.number().int().default(100),
});

export type Article = z.infer<typeof articleSchema>;
