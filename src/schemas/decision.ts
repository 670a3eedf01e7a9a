import { z } from 'astro/zod';
import { eitherLean, guideOutcomes } from '../decide/outcomes';
import { reportDuplicateIds, sectionLink, slug } from './shared';

/** One situation of a factor and the system it points to; in the guide, one answer to the factor's question. */
const ruleSchema = z.object({
  /** The situation, with its threshold; may hold `code` spans and {fact:<id>} tokens (thresholds are facts). */
  when: z.string().min(10).max(240),
  /** The system this situation points to: a system id of the article's comparison table, or `either`. */
  lean: slug,
  /** The guide's answer: a short label for the choice (plain text). */
  answer: z.string().min(3).max(70),
  /** The answer's value in the guide's URL (`?<param>=<value>`); unique within the factor, never renamed. */
  value: slug,
  /** One line on why the answer points where it does; `code` spans and {fact:<id>} tokens allowed. */
  reason: z.string().min(20).max(200),
  /** True when only the system it points to meets this need (a requirement, not a preference); never with `either`. */
  need: z.boolean().default(false),
  /** True when Apache Flink handles this situation as well; the guide's Flink outcome reads it. */
  flink: z.boolean().default(false),
});

/** One factor of the decision: a row of the table and a question of the guide. */
const factorSchema = z
  .object({
    /** Public id of the row: the article shows it as `#decide-<id>`. */
    id: slug,
    /** The thing to weigh, as a short noun phrase ("Latency target"). */
    factor: z.string().min(3).max(40),
    /** The guide's question for this factor. */
    question: z.string().min(10).max(100).endsWith('?'),
    /** The factor's key in the guide's URL (`?latency=…`); short, unique, never renamed. */
    param: z.string().regex(/^[a-z]{2,12}$/, { error: 'must be 2–12 lowercase letters' }),
    /** Id of the article heading whose section justifies the row; it must be a pinned heading id. */
    section: slug,
    /** The situations, each with the system it points to. */
    rules: z.array(ruleSchema).min(2).max(4),
  })
  .superRefine((factor, ctx) => {
    const seen = new Set<string>();
    factor.rules.forEach((rule, i) => {
      if (seen.has(rule.value)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'value'], message: `repeats the value "${rule.value}"` });
      seen.add(rule.value);
      if (rule.need && rule.lean === eitherLean)
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'need'], message: 'a need points to one system, not to "either"' });
    });
  });

/** One conclusion the guide can reach, with what to keep in mind. */
const outcomeSchema = z.object({
  /** Which conclusion. */
  id: z.enum(guideOutcomes),
  /** The recommendation in a few words ("Kafka Streams"). */
  title: z.string().min(3).max(60),
  /** Two or three sentences: why these answers lead here. `code` spans and {fact:<id>} tokens allowed. */
  summary: z.string().min(40).max(400),
  /** What could still make it the wrong choice; one sentence each. */
  caveats: z.array(z.string().min(20).max(240)).min(1).max(3),
  /** The section that argues this conclusion: `<article>#<pinned heading id>`. */
  link: sectionLink,
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
    /** The guide's conclusions: one per outcome id. */
    outcomes: z.array(outcomeSchema).length(guideOutcomes.length),
  })
  .superRefine((decision, ctx) => {
    reportDuplicateIds(decision.factors, 'factors', ctx, 'factor');
    reportDuplicateIds(decision.outcomes, 'outcomes', ctx, 'outcome');
    const params = new Set<string>();
    decision.factors.forEach((factor, i) => {
      if (params.has(factor.param))
        ctx.addIssue({ code: 'custom', path: ['factors', i, 'param'], message: `repeats the param "${factor.param}"` });
      params.add(factor.param);
    });
  });

export type Decision = z.infer<typeof decisionSchema>;
