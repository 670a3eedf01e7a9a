/**
 * The facts (content/facts.yaml) the latency model reads, by the name the model gives each one.
 * Every value is a number of milliseconds. Kept apart from the model so the content loader can
 * list them as the facts a `<LatencyExplainer />` cites without loading the model.
 */
export const latencyFactIds = {
  /** linger.ms of the producer inside Kafka Streams. */
  streamsLinger: 'streams-linger-ms',
  /** commit.interval.ms under at_least_once. */
  commitIntervalAlos: 'commit-interval-alos',
  /** commit.interval.ms under exactly_once_v2. */
  commitIntervalEos: 'commit-interval-eos',
  /** poll.ms: how long a stream thread blocks in poll, so how late an idle thread checks for a due commit. */
  streamsPoll: 'streams-poll-ms',
  /** One pass through a Kafka topic: produce, replicate, fetch (estimate). */
  kafkaPass: 'est-kafka-pass-ms',
  /** One transaction commit until read_committed readers see the records (estimate). */
  transactionCommit: 'est-kafka-transaction-commit-ms',
  /** One sub-topology's processing, queueing included (estimate). */
  streamsProcessing: 'est-streams-processing-ms',
  /** A typical micro-batch duration (estimate). */
  sparkBatchDuration: 'est-spark-batch-duration-ms',
  /** The continuous-processing latency the docs give: a typical figure, not a maximum. */
  sparkContinuous: 'spark-continuous-latency',
  /** Real-Time Mode latency (estimate). */
  sparkRealTime: 'est-spark-rtm-latency-ms',
} as const;

export type LatencyFactName = keyof typeof latencyFactIds;

/** The fact values the model computes with, in milliseconds, by name. */
export type LatencyFactValues = Readonly<Record<LatencyFactName, number>>;

/** Whether each fact is documented by a primary source or is one of our estimates (the model labels its segments with it). */
export type LatencyFactKinds = Readonly<Record<LatencyFactName, 'documented' | 'estimate'>>;

/** What the page hands the model (and the browser, as JSON): each fact's value and kind. */
export interface LatencyFacts {
  readonly values: LatencyFactValues;
  readonly kinds: LatencyFactKinds;
}

/** A fact as content/facts.yaml gives it: the part this module reads. */
interface FactLike {
  readonly value: unknown;
  readonly unit?: string | undefined;
  readonly kind: string;
}

const toMs: Readonly<Record<string, number>> = { ms: 1, s: 1000, min: 60_000 };

/**
 * The model's facts from the site's fact lookup; throws, naming the fact, when one is missing or
 * is not a duration, so a content change that breaks the model fails the build.
 */
export function latencyFactsFrom(lookup: (id: string) => FactLike | undefined): LatencyFacts {
  const values = {} as Record<LatencyFactName, number>;
  const kinds = {} as Record<LatencyFactName, 'documented' | 'estimate'>;
  for (const [name, id] of Object.entries(latencyFactIds) as [LatencyFactName, string][]) {
    const fact = lookup(id);
    if (!fact) throw new Error(`latency model: unknown fact id "${id}"`);
    const factor = fact.unit === undefined ? undefined : toMs[fact.unit];
    if (typeof fact.value !== 'number' || factor === undefined) {
      throw new Error(`latency model: fact "${id}" must be a number with a unit of ms, s or min`);
    }
    values[name] = fact.value * factor;
    kinds[name] = fact.kind === 'estimate' ? 'estimate' : 'documented';
  }
  return { values, kinds };
}
