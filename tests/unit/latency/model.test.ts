import { describe, expect, it } from 'vitest';
import { latencyFactIds, latencyFactsFrom } from '../../../src/latency/fact-ids';
import {
  defaultCommitIntervalMs,
  defaultScenarios,
  formatMs,
  scenarioBreakdown,
  segmentKind,
  sparkBreakdown,
  streamsBreakdown,
  streamsDefaults,
  type Breakdown,
  type StreamsSettings,
} from '../../../src/latency/model';
import { factMs, facts, siteFacts } from './site-facts';

const linger = factMs('streams-linger-ms');
const alos = factMs('commit-interval-alos');
const eos = factMs('commit-interval-eos');
const pass = factMs('est-kafka-pass-ms');
const txn = factMs('est-kafka-transaction-commit-ms');
const proc = factMs('est-streams-processing-ms');
const poll = factMs('streams-poll-ms');
const batch = factMs('est-spark-batch-duration-ms');

const bound = (b: Breakdown, id: string) => b.segments.find((s) => s.id === id)?.boundMs;
const sum = (b: Breakdown) => b.segments.reduce((total, s) => total + s.boundMs, 0);
const streams = (changes: Partial<StreamsSettings> = {}) => streamsBreakdown({ ...streamsDefaults(facts), ...changes }, facts);

describe('the facts the model reads', () => {
  it('are every fact it names, in milliseconds, with estimates marked', () => {
    expect(facts.values.commitIntervalAlos).toBe(alos);
    expect(facts.values.streamsPoll).toBe(poll);
    expect(facts.kinds.kafkaPass).toBe('estimate');
    expect(facts.kinds.streamsLinger).toBe('documented');
    for (const id of Object.values(latencyFactIds)) expect(siteFacts[id], id).toBeDefined();
  });

  it('fail loudly when a fact is missing or not a duration', () => {
    expect(() => latencyFactsFrom(() => undefined)).toThrow(/unknown fact id "streams-linger-ms"/);
    expect(() => latencyFactsFrom(() => ({ value: 'fast', kind: 'estimate' }))).toThrow(/must be a number/);
  });
});

describe('Kafka Streams', () => {
  it('at-least-once with caching: the output waits for the commit, up to a poll late; the repartition topic for linger', () => {
    const b = streams();
    expect(bound(b, 'output-wait')).toBe(alos + poll);
    expect(bound(b, 'repartition-wait')).toBe(Math.min(linger, alos + poll));
    expect(bound(b, 'kafka-passes')).toBe(2 * pass);
    expect(bound(b, 'processing')).toBe(2 * proc);
    expect(bound(b, 'transaction-commits')).toBeUndefined();
    expect(b.totalMs).toBe(alos + poll + linger + 2 * pass + 2 * proc);
    expect(b.totalMs).toBe(sum(b));
  });

  it('exactly_once_v2: every pass waits for the commit, checked between polls, and linger does not add to it', () => {
    const b = streams({ guarantee: 'exactly_once_v2' });
    expect(bound(b, 'output-wait')).toBe(eos + poll);
    expect(bound(b, 'repartition-wait')).toBe(eos + poll);
    expect(bound(b, 'transaction-commits')).toBe(2 * txn);
    expect(b.totalMs).toBe(2 * (eos + poll) + 2 * (pass + txn + proc));
    expect(b.segments.find((s) => s.id === 'output-wait')?.factIds).toEqual(['commit-interval-eos', 'streams-poll-ms']);
    expect(streams({ guarantee: 'exactly_once_v2', lingerMs: 5000 }).totalMs).toBe(b.totalMs);
  });

  it('caching off under at-least-once: the output waits for linger only', () => {
    const b = streams({ caching: false });
    expect(bound(b, 'output-wait')).toBe(linger);
    expect(b.segments.find((s) => s.id === 'output-wait')?.factIds).toContain('streams-linger-ms');
  });

  it('caching matters only for the pass after the aggregation', () => {
    expect(bound(streams({ caching: false }), 'repartition-wait')).toBe(bound(streams({ caching: true }), 'repartition-wait'));
  });

  it('a linger longer than the commit interval is cut short by the commit, which flushes the producer', () => {
    expect(bound(streams({ caching: false, lingerMs: 60_000 }), 'output-wait')).toBe(alos + poll);
    expect(bound(streams({ caching: false, lingerMs: alos + 1 }), 'output-wait')).toBe(alos + 1);
  });

  it('multiplies the per-pass terms by the passes: hops + 1', () => {
    for (const hops of [0, 1, 2, 3]) {
      const b = streams({ guarantee: 'exactly_once_v2', hops });
      expect(bound(b, 'repartition-wait')).toBe(hops === 0 ? undefined : hops * (eos + poll));
      expect(bound(b, 'kafka-passes')).toBe((hops + 1) * pass);
      expect(b.totalMs).toBe((hops + 1) * (eos + poll + pass + txn + proc));
    }
    expect(streams({ hops: 9 }).segments.find((s) => s.id === 'kafka-passes')?.boundMs).toBe(4 * pass);
  });

  it('the commit interval defaults to the guarantee’s own until the reader sets one', () => {
    expect(defaultCommitIntervalMs('at_least_once', facts)).toBe(alos);
    expect(defaultCommitIntervalMs('exactly_once_v2', facts)).toBe(eos);
    expect(bound(streams({ commitIntervalMs: 250 }), 'output-wait')).toBe(250 + poll);
    expect(bound(streams({ guarantee: 'exactly_once_v2', commitIntervalMs: 20 }), 'output-wait')).toBe(20 + poll);
  });

  it('marks configured waits as bounds and the rest as estimates, each with its facts', () => {
    const b = streams({ guarantee: 'exactly_once_v2' });
    expect(b.segments.map((s) => [s.id, s.kind])).toEqual([
      ['repartition-wait', 'bound'],
      ['output-wait', 'bound'],
      ['kafka-passes', 'estimate'],
      ['transaction-commits', 'estimate'],
      ['processing', 'estimate'],
    ]);
  });

  it('takes each kind from the facts: a fact that stops being an estimate changes its segment', () => {
    const documentedPass = { ...facts, kinds: { ...facts.kinds, kafkaPass: 'documented' as const } };
    const estimatedCommit = { ...facts, kinds: { ...facts.kinds, commitIntervalAlos: 'estimate' as const } };
    const kind = (f: typeof facts, id: string) => streamsBreakdown(streamsDefaults(f), f).segments.find((s) => s.id === id)?.kind;
    expect(kind(documentedPass, 'kafka-passes')).toBe('typical');
    expect(kind(estimatedCommit, 'output-wait')).toBe('estimate');
    expect(segmentKind({ facts: [], setting: true }, facts)).toBe('bound');
  });

  it('writes the bound as a formula and as numbers', () => {
    const b = streams();
    expect(b.formula).toBe(
      'min(linger.ms, commit.interval.ms + poll.ms) + (commit.interval.ms + poll.ms) + 2 × Kafka pass + 2 × processing',
    );
    expect(b.calculation).toBe(
      `${formatMs(linger)} + ${formatMs(alos + poll)} + ${formatMs(2 * pass)} + ${formatMs(2 * proc)} = ${formatMs(b.totalMs)}`,
    );
    expect(b.segments[0]?.formula).toBe(
      `min(linger.ms, commit.interval.ms + poll.ms) = min(${formatMs(linger)}, ${formatMs(alos)} + ${formatMs(poll)}) = ${formatMs(linger)}`,
    );
    const eosTwoHops = streams({ guarantee: 'exactly_once_v2', hops: 2 });
    expect(eosTwoHops.segments[0]?.formula).toBe(
      `2 × (commit.interval.ms + poll.ms) = 2 × (${formatMs(eos)} + ${formatMs(poll)}) = ${formatMs(2 * (eos + poll))}`,
    );
  });
});

describe('Spark', () => {
  it('micro-batch with no trigger: a batch to wait for and its own batch, max(0, B) + B', () => {
    const b = sparkBreakdown({ mode: 'micro-batch', triggerMs: 0 }, facts);
    expect(b.totalMs).toBe(2 * batch);
    expect(b.formula).toBe('max(trigger, batch) + batch');
  });

  it('ignores the trigger interval unless the mode is ProcessingTime', () => {
    expect(sparkBreakdown({ mode: 'micro-batch', triggerMs: 60_000 }, facts).totalMs).toBe(2 * batch);
  });

  it('ProcessingTime: max(T, B) + B', () => {
    expect(sparkBreakdown({ mode: 'processing-time', triggerMs: 10_000 }, facts).totalMs).toBe(10_000 + batch);
    const short = sparkBreakdown({ mode: 'processing-time', triggerMs: 200, batchMs: 800 }, facts);
    expect(short.totalMs).toBe(800 + 800);
    expect(short.segments[0]?.label).toBe('Wait for next batch');
  });

  it('takes the reader’s batch duration as entered, however short, and labels it theirs', () => {
    const b = sparkBreakdown({ mode: 'micro-batch', triggerMs: 0, batchMs: 60 }, facts);
    expect(b.totalMs).toBe(120);
    expect(b.segments.map((s) => s.kind)).toEqual(['yours', 'yours']);
    expect(b.segments.every((s) => s.factIds.length === 0)).toBe(true);
  });

  it('labels our batch duration an estimate, and a trigger that sets the wait a bound', () => {
    const ours = sparkBreakdown({ mode: 'micro-batch', triggerMs: 0 }, facts);
    expect(ours.segments.map((s) => [s.kind, s.factIds])).toEqual([
      ['estimate', ['est-spark-batch-duration-ms']],
      ['estimate', ['est-spark-batch-duration-ms']],
    ]);
    const triggered = sparkBreakdown({ mode: 'processing-time', triggerMs: 10_000 }, facts);
    expect(triggered.segments.map((s) => s.kind)).toEqual(['bound', 'estimate']);
  });

  it('continuous: the typical documented figure; Real-Time Mode: the estimate', () => {
    const continuous = sparkBreakdown({ mode: 'continuous', triggerMs: 0 }, facts);
    expect(continuous.totalMs).toBe(factMs('spark-continuous-latency'));
    expect(continuous.segments[0]?.kind).toBe('typical');
    const rtm = sparkBreakdown({ mode: 'real-time', triggerMs: 0 }, facts);
    expect(rtm.totalMs).toBe(factMs('est-spark-rtm-latency-ms'));
    expect(rtm.segments[0]?.kind).toBe('estimate');
  });
});

describe('the default scenarios', () => {
  const totals = Object.fromEntries(defaultScenarios(facts).map((s) => [s.id, scenarioBreakdown(s, facts).totalMs]));

  it('are the six the page draws, built from the fact values', () => {
    expect(totals).toEqual({
      'streams-alos': alos + poll + linger + 2 * (pass + proc),
      'streams-eos': 2 * (eos + poll + pass + txn + proc),
      'streams-tuned': 2 * (pass + proc),
      'spark-micro-batch': 2 * batch,
      'spark-continuous': factMs('spark-continuous-latency'),
      'spark-real-time': factMs('est-spark-rtm-latency-ms'),
    });
  });

  it('agree with the site’s estimates: a tuned Streams app in single-digit milliseconds, micro-batch in hundreds of ms to seconds', () => {
    expect(siteFacts['est-streams-tuned-latency']?.value).toBe('single-digit milliseconds');
    expect(totals['streams-tuned']).toBeLessThan(10);
    expect(siteFacts['est-spark-microbatch-latency']?.value).toBe('hundreds of milliseconds to seconds');
    expect(totals['spark-micro-batch']).toBeGreaterThanOrEqual(factMs('spark-microbatch-floor'));
  });
});

describe('formatMs', () => {
  it('reads milliseconds below a second and seconds above', () => {
    expect([0, 0.25, 2, 100, 1000, 1500, 30_106].map(formatMs)).toEqual(['0 ms', '0.3 ms', '2 ms', '100 ms', '1 s', '1.5 s', '30.106 s']);
  });
});
