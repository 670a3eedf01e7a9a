import { z } from 'astro/zod';
import { reportDuplicateIds, slug } from './shared';

/** A rule that points to neither system in particular. */
export const eitherLean = 'either';

/** One situation of a factor and the system it points to. */
const ruleSchema = z.object({
  /** The situation, with its threshold; may hold `code` spans and {fact:<id>} tokens (thresholds are facts). */
  when: z.string().min(10).max(240),
  /** The system this situation points to: a system id of the article's comparison table, or `either`. */
  lean: slug,
});

/** One factor of the decision: a row of the table. */
const factorSchema = z.object({
  /** Public id of the row: the article shows it as `#decide-<id>`. */
  id: slug,
  /** The thing to weigh, as a short noun phrase ("Latency target"). */
  factor: z.string().min(3).max(40),
  /** Id of the article heading whose section justifies the row; it must be a pinned heading id. */
  section: slug,
  /** The situations, each with the system it points to. */
  rules: z.array(ruleSchema).min(2).max(4),
});

/** Decision rules for one article (`content/decisions/<article>.yaml`); the decision guide reuses them. */
export const decisionSchema = z
  .object({
    /** Heading of the decision table. */
    title: z.string().min(5),
    /** Slug of the article the rules belong to. */
    article: slug,
    /** The table's <caption>. */
    caption: z.string().min(10),
    /** The factors, in order of weight. */
    factors: z.array(factorSchema).min(1),
  })
  .superRefine((decision, ctx) => reportDuplicateIds(decision.factors, 'factors', ctx, 'factor'));

export type Decision = z.infer<typeof decisionSchema>;
