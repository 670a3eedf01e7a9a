/** The decision's vocabulary, free of schema code so the guide's browser script can import it. */

/** A rule that points to neither system in particular. */
export const eitherLean = 'either';

/** What the decision guide can conclude: one system, both split at the Kafka boundary, Flink, or either. */
export const guideOutcomes = ['kafka-streams', 'spark', 'both', 'flink', 'either'] as const;

export type GuideOutcome = (typeof guideOutcomes)[number];
