import { z } from 'astro/zod';
import { topicIds } from '../data/topics';
import { slug } from './shared';

/** Frontmatter of one FAQ entry (`content/faq/<id>.mdx`; the file name is the public id). */
export const faqSchema = z.object({
  /** The question, in the words a reader types; rendered as a heading. */
  question: z
    .string()
    .min(10)
    .max(140)
    .refine((q) => q.trim().endsWith('?'), { error: 'must end with a question mark' }),
  /** Topics, first one primary: the FAQ page lists the entry under its first topic. */
  topics: z.array(z.enum(topicIds)).min(1).max(3),
  /** Slug of the article that shows this entry in its FAQ section. */
  article: slug,
  /** Heading id in that article that answers the question in depth. */
  section: slug.optional(),
  /** Position within the FAQ; lower comes first. */
  order: z.number().int().default(100),
});

export type Faq = z.infer<typeof faqSchema>;
