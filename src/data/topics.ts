/** FAQ topics, in the order the FAQ page lists them. The schema accepts only these ids. */
export const topics = {
  basics: 'The basics',
  'processing-model': 'Processing model',
  latency: 'Latency',
  scaling: 'Scaling',
  state: 'State and recovery',
  guarantees: 'Delivery guarantees',
  time: 'Time, windows and late data',
  errors: 'Bad records and errors',
  schemas: 'Schemas and serialization',
  testing: 'Testing',
  monitoring: 'Monitoring',
  languages: 'Languages and APIs',
  operations: 'Running in production',
  choosing: 'Choosing and migrating',
  flink: 'Kafka Streams and Flink',
} as const;

export type TopicId = keyof typeof topics;

export const topicIds = Object.keys(topics) as [TopicId, ...TopicId[]];

/** Items grouped under their first (primary) topic, in the order of `topics`; empty topics left out. Each item appears once. */
export function byPrimaryTopic<T extends { readonly topics: readonly TopicId[] }>(items: readonly T[]): { topic: TopicId; items: T[] }[] {
  return topicIds.map((topic) => ({ topic, items: items.filter((item) => item.topics[0] === topic) })).filter((g) => g.items.length > 0);
}
