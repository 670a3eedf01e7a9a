import { z } from 'astro/zod';
import { sectionLink, slug } from './shared';

/** One glossary entry (`content/glossary.yaml`, keyed by the term's public id: /glossary/#<id>). */
export const glossarySchema = z.object({
  /** The term as shown, singular ("Sub-topology"). */
  term: z.string().min(2).max(60),
  /** The system the term belongs to; `general` for shared ideas. */
  system: z.enum(['kafka-streams', 'spark', 'flink', 'general']),
  /** Two or three sentences; may hold `code` spans and {fact:<id>} tokens, like a table cell. */
  definition: z.string().min(60).max(600),
  /** Places where the term matters, most useful first: `<article>#<pinned heading id>`. */
  links: z.array(sectionLink).min(1).max(4),
  /** Other glossary terms worth reading next. */
  related: z.array(slug).default([]),
});

export type GlossaryEntry = z.infer<typeof glossarySchema>;
