/**
 * A model of the extra delay one record meets between its input topic and its result, in Kafka
 * Streams and in Spark Structured Streaming. It gives an upper bound per segment, not a
 * measurement: documented settings where the mechanism bounds the wait, and labelled estimates
 * where no source gives a figure. Pure: the page runs it at build time, the browser when a reader
 * changes a setting. Fact values come in as data (see fact-ids.ts).
 *
 * Kafka Streams, per pass through Kafka (each repartition topic, then the output topic):
 * - under exactly_once_v2 the pass is a transaction: read_committed readers see the record when
 *   the transaction commits, at most `commit.interval.ms` later; the commit flushes the producer
 *   first, so `linger.ms` does not add to it;
 * - under at_least_once, a pass that leaves a cached aggregation waits for the cache to release
 *   its update at the next commit (earlier if the cache fills), and the commit flushes the
 *   producer: at most `commit.interval.ms`;
 * - any other pass waits at most `linger.ms` in the producer, and never past the next commit,
 *   which flushes it: at most min(`linger.ms`, `commit.interval.ms`);
 * - plus, per pass, the trip through Kafka and one sub-topology's processing (estimates), and
 *   under exactly-once the transaction commit itself (estimate).
 * The cache sits on the aggregation's store, so only the pass after the aggregation (the output)
 * waits for it; repartition topics before the aggregation do not.
 *
 * Spark micro-batch, trigger interval T (0 when no trigger is set: batches run back to back) and
 * batch duration B, never below the documented best case: a record that arrives just after a
 * batch fixed its offsets waits for the next batch to start, at most max(T, B), then for that
 * batch to finish, B. Upper bound: max(T, B) + B. Continuous processing: the documented figure.
 * Real-Time Mode: an estimate, since its guide gives no number.
 */
import type { LatencyFacts } from './fact-ids';
import { latencyFactIds as ids } from './fact-ids';

export type Guarantee = 'at_least_once' | 'exactly_once_v2';

/** A Kafka Streams application's settings, as the reader gives them. */
export interface StreamsSettings {
  /** The producer's `linger.ms` inside Streams. */
  readonly lingerMs: number;
  /** `commit.interval.ms`; undefined means the default of the guarantee. */
  readonly commitIntervalMs?: number | undefined;
  /** Record caching on the aggregation's store (`statestore.cache.max.bytes` above 0). */
  readonly caching: boolean;
  /** `processing.guarantee`. */
  readonly guarantee: Guarantee;
  /** Repartition topics a record crosses before the aggregation (0 to 3). */
  readonly hops: number;
}

/** How a Spark query runs: micro-batches with no trigger set or a ProcessingTime trigger, continuous, or Real-Time Mode. */
export type SparkMode = 'micro-batch' | 'processing-time' | 'continuous' | 'real-time';

/** A Spark query's settings, as the reader gives them. */
export interface SparkSettings {
  readonly mode: SparkMode;
  /** The ProcessingTime interval; read only in that mode. */
  readonly triggerMs: number;
  /** How long one micro-batch takes to plan and run; undefined means our estimate. */
  readonly batchMs?: number | undefined;
}

/** One part of a record's delay. */
export interface Segment {
  readonly id: string;
  /** What the record waits for, in a few words. */
  readonly label: string;
  /** The most this part adds, in milliseconds. */
  readonly boundMs: number;
  /** `documented`: a documented mechanism and a configured value bound it; `estimate`: no source gives the figure. */
  readonly kind: 'documented' | 'estimate';
  /** The facts behind the figure. */
  readonly factIds: readonly string[];
  /** The bound as a formula, then with its numbers: "min(linger.ms, commit.interval.ms) = min(100 ms, 30 s) = 100 ms". */
  readonly formula: string;
}

/** A record's delay in one system: its segments and their sum, the upper bound. */
export interface Breakdown {
  readonly system: 'kafka-streams' | 'spark';
  readonly segments: readonly Segment[];
  readonly totalMs: number;
  /** The upper bound as a sum of named terms. */
  readonly formula: string;
  /** The same sum with the numbers filled in and its result. */
  readonly calculation: string;
}

/** Milliseconds as a reader reads them: "0.5 ms", "100 ms", "1.5 s", "30.106 s". */
export function formatMs(ms: number): string {
  const trim = (n: number, digits: number) => String(Number(n.toFixed(digits)));
  return ms < 1000 ? `${trim(ms, 1)} ms` : `${trim(ms / 1000, 3)} s`;
}

/** The `commit.interval.ms` default of a guarantee, from the facts. */
export function defaultCommitIntervalMs(guarantee: Guarantee, facts: LatencyFacts): number {
  return guarantee === 'exactly_once_v2' ? facts.values.commitIntervalEos : facts.values.commitIntervalAlos;
}

const times = (n: number, term: string) => (n === 1 ? term : `${n} × ${term}`);

/** A segment; the formula reads "term = numbers = bound" (the middle part left out when it adds nothing). */
function segment(
  id: string,
  label: string,
  boundMs: number,
  kind: Segment['kind'],
  factIds: readonly string[],
  term: string,
  numbers: string,
): Segment {
  const value = formatMs(boundMs);
  const formula = numbers === value ? `${term} = ${value}` : `${term} = ${numbers} = ${value}`;
  return { id, label, boundMs, kind, factIds, formula };
}

function breakdown(system: Breakdown['system'], segments: readonly Segment[], terms: readonly string[]): Breakdown {
  const totalMs = segments.reduce((sum, s) => sum + s.boundMs, 0);
  return {
    system,
    segments,
    totalMs,
    formula: terms.join(' + '),
    calculation: `${segments.map((s) => formatMs(s.boundMs)).join(' + ')} = ${formatMs(totalMs)}`,
  };
}

/** The upper bound of a record's extra delay in Kafka Streams. */
export function streamsBreakdown(settings: StreamsSettings, facts: LatencyFacts): Breakdown {
  const v = facts.values;
  const hops = Math.max(0, Math.min(3, Math.round(settings.hops)));
  const passes = hops + 1;
  const eos = settings.guarantee === 'exactly_once_v2';
  const commitId = eos ? ids.commitIntervalEos : ids.commitIntervalAlos;
  const commit = settings.commitIntervalMs ?? defaultCommitIntervalMs(settings.guarantee, facts);
  const linger = Math.max(0, settings.lingerMs);
  const lingerWait = Math.min(linger, commit);
  const lingerNumbers = `min(${formatMs(linger)}, ${formatMs(commit)})`;
  const segments: Segment[] = [];
  const terms: string[] = [];

  if (hops > 0) {
    const term = eos ? 'commit.interval.ms' : 'min(linger.ms, commit.interval.ms)';
    const wait = eos ? commit : lingerWait;
    segments.push(
      segment(
        'repartition-wait',
        eos ? 'Repartition: wait for commit' : 'Repartition: producer linger',
        hops * wait,
        'documented',
        eos ? [commitId] : [ids.streamsLinger, commitId],
        times(hops, term),
        times(hops, eos ? formatMs(commit) : lingerNumbers),
      ),
    );
    terms.push(times(hops, term));
  }

  const outputWaitsForCommit = eos || settings.caching;
  const outputTerm = outputWaitsForCommit ? 'commit.interval.ms' : 'min(linger.ms, commit.interval.ms)';
  segments.push(
    segment(
      'output-wait',
      eos ? 'Output: wait for commit' : settings.caching ? 'Output: cache held to commit' : 'Output: producer linger',
      outputWaitsForCommit ? commit : lingerWait,
      'documented',
      outputWaitsForCommit ? [commitId] : [ids.streamsLinger, commitId],
      outputTerm,
      outputWaitsForCommit ? formatMs(commit) : lingerNumbers,
    ),
  );
  terms.push(outputTerm);

  segments.push(
    segment(
      'kafka-passes',
      'Trips through Kafka',
      passes * v.kafkaPass,
      'estimate',
      [ids.kafkaPass],
      times(passes, 'Kafka pass'),
      times(passes, formatMs(v.kafkaPass)),
    ),
  );
  terms.push(times(passes, 'Kafka pass'));
  if (eos) {
    segments.push(
      segment(
        'transaction-commits',
        'Transaction commits',
        passes * v.transactionCommit,
        'estimate',
        [ids.transactionCommit],
        times(passes, 'transaction commit'),
        times(passes, formatMs(v.transactionCommit)),
      ),
    );
    terms.push(times(passes, 'transaction commit'));
  }
  segments.push(
    segment(
      'processing',
      'Processing',
      passes * v.streamsProcessing,
      'estimate',
      [ids.streamsProcessing],
      times(passes, 'processing'),
      times(passes, formatMs(v.streamsProcessing)),
    ),
  );
  terms.push(times(passes, 'processing'));
  return breakdown('kafka-streams', segments, terms);
}

/** The batch duration the model uses: the reader's or our estimate, never below the documented best case. */
export function effectiveBatchMs(settings: SparkSettings, facts: LatencyFacts): number {
  return Math.max(facts.values.sparkMicrobatchFloor, settings.batchMs ?? facts.values.sparkBatchDuration);
}

/** The upper bound of a record's extra delay in Spark Structured Streaming. */
export function sparkBreakdown(settings: SparkSettings, facts: LatencyFacts): Breakdown {
  const v = facts.values;
  if (settings.mode === 'continuous') {
    const s = segment(
      'continuous',
      'Continuous processing',
      v.sparkContinuous,
      'documented',
      [ids.sparkContinuous],
      'documented figure',
      formatMs(v.sparkContinuous),
    );
    return breakdown('spark', [s], ['continuous latency']);
  }
  if (settings.mode === 'real-time') {
    const s = segment(
      'real-time',
      'Real-Time Mode',
      v.sparkRealTime,
      'estimate',
      [ids.sparkRealTime],
      'estimate',
      formatMs(v.sparkRealTime),
    );
    return breakdown('spark', [s], ['Real-Time Mode latency']);
  }
  const trigger = settings.mode === 'processing-time' ? Math.max(0, settings.triggerMs) : 0;
  const batch = effectiveBatchMs(settings, facts);
  const atFloor = batch === v.sparkMicrobatchFloor;
  const batchIds = atFloor ? [ids.sparkMicrobatchFloor] : [ids.sparkBatchDuration, ids.sparkMicrobatchFloor];
  const triggerWins = trigger > batch;
  const wait = segment(
    'batch-wait',
    triggerWins ? 'Wait for next trigger' : 'Wait for next batch',
    Math.max(trigger, batch),
    triggerWins || atFloor ? 'documented' : 'estimate',
    triggerWins ? [] : batchIds,
    'max(trigger, batch)',
    `max(${formatMs(trigger)}, ${formatMs(batch)})`,
  );
  const run = segment('batch-run', 'Its batch runs', batch, atFloor ? 'documented' : 'estimate', batchIds, 'batch', formatMs(batch));
  return breakdown('spark', [wait, run], ['max(trigger, batch)', 'batch']);
}

/** A named set of settings: one bar of the timeline. */
export type Scenario = { readonly id: string; readonly title: string } & (
  { readonly system: 'kafka-streams'; readonly settings: StreamsSettings } | { readonly system: 'spark'; readonly settings: SparkSettings }
);

/** The breakdown of a scenario. */
export function scenarioBreakdown(scenario: Scenario, facts: LatencyFacts): Breakdown {
  return scenario.system === 'kafka-streams' ? streamsBreakdown(scenario.settings, facts) : sparkBreakdown(scenario.settings, facts);
}

/** Repartition topics in the default scenarios: one, as in a word count that re-keys before counting. */
export const defaultHops = 1;

/** Kafka Streams' defaults under at-least-once, with caching, as a fresh application runs. */
export function streamsDefaults(facts: LatencyFacts): StreamsSettings {
  return { lingerMs: facts.values.streamsLinger, caching: true, guarantee: 'at_least_once', hops: defaultHops };
}

/** Spark's default: micro-batches with no trigger set, our batch-duration estimate. */
export const sparkDefaults: SparkSettings = { mode: 'micro-batch', triggerMs: 0 };

/** The six scenarios the page draws before the reader changes anything. */
export function defaultScenarios(facts: LatencyFacts): Scenario[] {
  const streams = streamsDefaults(facts);
  return [
    { id: 'streams-alos', title: 'Kafka Streams defaults, at-least-once', system: 'kafka-streams', settings: streams },
    {
      id: 'streams-eos',
      title: 'Kafka Streams defaults, exactly_once_v2',
      system: 'kafka-streams',
      settings: { ...streams, guarantee: 'exactly_once_v2' },
    },
    {
      id: 'streams-tuned',
      title: 'Kafka Streams tuned: linger 0, no cache',
      system: 'kafka-streams',
      settings: { ...streams, lingerMs: 0, caching: false },
    },
    { id: 'spark-micro-batch', title: 'Spark micro-batch, no trigger set', system: 'spark', settings: sparkDefaults },
    { id: 'spark-continuous', title: 'Spark continuous processing', system: 'spark', settings: { ...sparkDefaults, mode: 'continuous' } },
    { id: 'spark-real-time', title: 'Spark Real-Time Mode', system: 'spark', settings: { ...sparkDefaults, mode: 'real-time' } },
  ];
}
