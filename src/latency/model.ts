/**
 * A model of the extra delay one record meets between its input topic and its result, in Kafka
 * Streams and in Spark Structured Streaming. Not a measurement, and not a pure upper bound: each
 * total is the longest wait the settings allow, plus typical times for the parts no setting
 * bounds. A segment is one of three kinds, taken from its facts (fact-ids.ts) and from whether a
 * setting caps it: a `bound` (a documented mechanism and a setting cap the wait), a `typical`
 * figure the docs give (continuous mode's ~1 ms), or an `estimate` of ours where no source gives
 * one. A figure the reader typed in for a part no setting bounds is `yours`. Pure: the page runs
 * it at build time, the browser when a reader changes a setting.
 *
 * Kafka Streams, per pass through Kafka (each repartition topic, then the output topic):
 * - a stream thread checks whether a commit is due between polls (`StreamThread.maybeCommit`
 *   runs after `pollPhase` in each loop), and with idle input `poll` blocks for up to `poll.ms`,
 *   so a commit can start up to `poll.ms` after `commit.interval.ms` has passed: a wait that
 *   ends at a commit is at most `commit.interval.ms + poll.ms`;
 * - under exactly_once_v2 the pass is a transaction: read_committed readers see the record when
 *   the transaction commits; the commit flushes the producer first, so `linger.ms` does not add;
 * - under at_least_once, a pass that leaves a cached aggregation waits for the cache to release
 *   its update at the next commit (earlier if the cache fills), and the commit flushes the
 *   producer;
 * - any other pass waits at most `linger.ms` in the producer (its sender thread keeps that time
 *   itself), and never past the next commit: min(`linger.ms`, `commit.interval.ms + poll.ms`);
 * - plus, per pass, typical times for the trip through Kafka and one sub-topology's processing,
 *   and under exactly-once for the transaction commit itself (estimates).
 * The cache sits on the aggregation's store, so only the pass after the aggregation (the output)
 * waits for it; repartition topics before the aggregation do not.
 *
 * Spark micro-batch, trigger interval T (0 when no trigger is set: batches run back to back) and
 * batch duration B (our estimate, or the reader's figure as entered): a record that arrives just
 * after a batch fixed its offsets waits for the next batch to start, at most max(T, B), then for
 * that batch to finish, B. Total: max(T, B) + B. Continuous processing: the typical figure the
 * docs give. Real-Time Mode: our estimate, since its guide gives no figure.
 */
import type { LatencyFactName, LatencyFacts } from './fact-ids';
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

/**
 * What a segment's figure is: `bound`, the longest wait a documented setting allows; `typical`,
 * a figure the docs give for a part no setting bounds; `estimate`, our figure where no source
 * gives one; `yours`, a figure the reader entered for a part no setting bounds.
 */
export type SegmentKind = 'bound' | 'typical' | 'estimate' | 'yours';

/** One part of a record's delay. */
export interface Segment {
  readonly id: string;
  /** What the record waits for, in a few words. */
  readonly label: string;
  /** The time this part adds, in milliseconds: a bound or a typical figure, as `kind` says. */
  readonly boundMs: number;
  readonly kind: SegmentKind;
  /** The part as a term of the total's formula ("min(linger.ms, commit.interval.ms + poll.ms)"). */
  readonly term: string;
  /** The facts behind the figure. */
  readonly factIds: readonly string[];
  /** The figure as a formula, then with its numbers: "min(linger.ms, …) = min(100 ms, …) = 100 ms". */
  readonly formula: string;
}

/** A record's delay in one system: its segments and their sum. */
export interface Breakdown {
  readonly system: 'kafka-streams' | 'spark';
  readonly segments: readonly Segment[];
  /** The longest waits the settings allow plus the typical times of the other parts. */
  readonly totalMs: number;
  /** The total as a sum of named terms. */
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

/** A sum written as one term: in parentheses when it has a + outside any parentheses. */
function grouped(term: string): string {
  let depth = 0;
  for (let i = 0; i < term.length; i++) {
    if (term[i] === '(') depth++;
    else if (term[i] === ')') depth--;
    else if (depth === 0 && term.startsWith(' + ', i)) return `(${term})`;
  }
  return term;
}

const times = (n: number, term: string) => (n === 1 ? term : `${n} × ${grouped(term)}`);

/** What a segment rests on: its facts, whether a setting caps it, and whether the reader gave its figure. */
interface Basis {
  readonly facts: readonly LatencyFactName[];
  readonly setting: boolean;
  readonly yours?: boolean;
}

/** A segment's kind from its facts: an estimate if any is ours, else a bound when a setting caps the wait, else typical. */
export function segmentKind(basis: Basis, facts: LatencyFacts): SegmentKind {
  if (basis.yours) return 'yours';
  if (basis.facts.some((name) => facts.kinds[name] === 'estimate')) return 'estimate';
  return basis.setting ? 'bound' : 'typical';
}

/** A segment; the formula reads "term = numbers = figure" (the middle part left out when it adds nothing). */
function segment(facts: LatencyFacts, basis: Basis, id: string, label: string, boundMs: number, term: string, numbers: string): Segment {
  const value = formatMs(boundMs);
  const formula = numbers === value ? `${term} = ${value}` : `${term} = ${numbers} = ${value}`;
  return { id, label, boundMs, kind: segmentKind(basis, facts), term, factIds: basis.facts.map((name) => ids[name]), formula };
}

/** The segments' sum, its formula from their terms and the same sum with the numbers filled in. */
function breakdown(system: Breakdown['system'], segments: readonly Segment[]): Breakdown {
  const totalMs = segments.reduce((sum, s) => sum + s.boundMs, 0);
  return {
    system,
    segments,
    totalMs,
    formula: segments.map((s) => grouped(s.term)).join(' + '),
    calculation: `${segments.map((s) => formatMs(s.boundMs)).join(' + ')} = ${formatMs(totalMs)}`,
  };
}

/** A record's extra delay in Kafka Streams: the longest waits the settings allow plus typical times. */
export function streamsBreakdown(settings: StreamsSettings, facts: LatencyFacts): Breakdown {
  const v = facts.values;
  const hops = Math.max(0, Math.min(3, Math.round(settings.hops)));
  const passes = hops + 1;
  const eos = settings.guarantee === 'exactly_once_v2';
  const commitName: LatencyFactName = eos ? 'commitIntervalEos' : 'commitIntervalAlos';
  const commit = settings.commitIntervalMs ?? defaultCommitIntervalMs(settings.guarantee, facts);
  const linger = Math.max(0, settings.lingerMs);
  // A commit is checked between polls: with idle input it can start up to poll.ms late.
  const commitWait = {
    ms: commit + v.streamsPoll,
    term: 'commit.interval.ms + poll.ms',
    numbers: `${formatMs(commit)} + ${formatMs(v.streamsPoll)}`,
  };
  const lingerWait = {
    ms: Math.min(linger, commitWait.ms),
    term: `min(linger.ms, ${commitWait.term})`,
    numbers: `min(${formatMs(linger)}, ${commitWait.numbers})`,
  };
  const commitBasis: Basis = { facts: [commitName, 'streamsPoll'], setting: true };
  const lingerBasis: Basis = { facts: ['streamsLinger', commitName, 'streamsPoll'], setting: true };
  const segments: Segment[] = [];

  if (hops > 0) {
    const wait = eos ? commitWait : lingerWait;
    segments.push(
      segment(
        facts,
        eos ? commitBasis : lingerBasis,
        'repartition-wait',
        eos ? 'Repartition: wait for commit' : 'Repartition: producer linger',
        hops * wait.ms,
        times(hops, wait.term),
        times(hops, wait.numbers),
      ),
    );
  }

  const outputWaitsForCommit = eos || settings.caching;
  const output = outputWaitsForCommit ? commitWait : lingerWait;
  segments.push(
    segment(
      facts,
      outputWaitsForCommit ? commitBasis : lingerBasis,
      'output-wait',
      eos ? 'Output: wait for commit' : settings.caching ? 'Output: cache held to commit' : 'Output: producer linger',
      output.ms,
      output.term,
      output.numbers,
    ),
  );

  const perPass = (id: string, label: string, name: LatencyFactName, term: string) =>
    segments.push(
      segment(facts, { facts: [name], setting: false }, id, label, passes * v[name], times(passes, term), times(passes, formatMs(v[name]))),
    );
  perPass('kafka-passes', 'Trips through Kafka', 'kafkaPass', 'Kafka pass');
  if (eos) perPass('transaction-commits', 'Transaction commits', 'transactionCommit', 'transaction commit');
  perPass('processing', 'Processing', 'streamsProcessing', 'processing');
  return breakdown('kafka-streams', segments);
}

/** The batch duration the model uses: the reader's figure as entered, or our estimate. */
export function effectiveBatchMs(settings: SparkSettings, facts: LatencyFacts): number {
  return settings.batchMs ?? facts.values.sparkBatchDuration;
}

/** A record's extra delay in Spark Structured Streaming: the trigger's bound plus batch times. */
export function sparkBreakdown(settings: SparkSettings, facts: LatencyFacts): Breakdown {
  const v = facts.values;
  if (settings.mode === 'continuous' || settings.mode === 'real-time') {
    const continuous = settings.mode === 'continuous';
    const name: LatencyFactName = continuous ? 'sparkContinuous' : 'sparkRealTime';
    const label = continuous ? 'Continuous processing' : 'Real-Time Mode, stateless query';
    const term = continuous ? 'continuous latency' : 'Real-Time Mode latency';
    return breakdown('spark', [segment(facts, { facts: [name], setting: false }, settings.mode, label, v[name], term, formatMs(v[name]))]);
  }
  const trigger = settings.mode === 'processing-time' ? Math.max(0, settings.triggerMs) : 0;
  const batch = effectiveBatchMs(settings, facts);
  const batchBasis: Basis = {
    facts: settings.batchMs === undefined ? ['sparkBatchDuration'] : [],
    setting: false,
    yours: settings.batchMs !== undefined,
  };
  const triggerWins = trigger > batch;
  const wait = segment(
    facts,
    triggerWins ? { facts: [], setting: true } : batchBasis,
    'batch-wait',
    triggerWins ? 'Wait for next trigger' : 'Wait for next batch',
    Math.max(trigger, batch),
    'max(trigger, batch)',
    `max(${formatMs(trigger)}, ${formatMs(batch)})`,
  );
  const run = segment(facts, batchBasis, 'batch-run', 'Its batch runs', batch, 'batch', formatMs(batch));
  return breakdown('spark', [wait, run]);
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
    {
      id: 'spark-real-time',
      title: 'Spark Real-Time Mode, stateless query',
      system: 'spark',
      settings: { ...sparkDefaults, mode: 'real-time' },
    },
  ];
}
