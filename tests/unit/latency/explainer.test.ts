import { describe, expect, it } from 'vitest';
import { defaultRows, explain, legendGroups, settingsFromForm, type FormValues } from '../../../src/latency/explainer';
import { latencyFactIds } from '../../../src/latency/fact-ids';
import { sparkDefaults, streamsDefaults } from '../../../src/latency/model';
import { facts } from './site-facts';

const rows = defaultRows(facts);

describe('legendGroups', () => {
  const groups = legendGroups(rows);
  const group = (kind: string) => groups.find((g) => g.kind === kind)?.factIds ?? [];

  it('puts every fact the bars use under the kind its bars give it', () => {
    expect(groups.map((g) => g.kind)).toEqual(['bound', 'typical', 'estimate']);
    expect(group('bound')).toEqual(
      expect.arrayContaining(['streams-linger-ms', 'commit-interval-alos', 'commit-interval-eos', 'streams-poll-ms']),
    );
    expect(group('typical')).toEqual(['spark-continuous-latency']);
    expect(group('estimate')).toEqual(
      expect.arrayContaining(['est-kafka-pass-ms', 'est-spark-batch-duration-ms', 'est-spark-rtm-latency-ms']),
    );
    expect(groups.flatMap((g) => g.factIds).sort()).toEqual(Object.values(latencyFactIds).sort());
  });

  it('follows the facts: a fact that becomes an estimate moves to the estimates', () => {
    const changed = { ...facts, kinds: { ...facts.kinds, sparkContinuous: 'estimate' as const } };
    const changedRows = defaultRows(changed);
    const moved = legendGroups(changedRows);
    expect(moved.map((g) => g.kind)).toEqual(['bound', 'estimate']);
    expect(moved.find((g) => g.kind === 'estimate')?.factIds).toContain('spark-continuous-latency');
  });
});

describe('settingsFromForm', () => {
  const form: FormValues = {
    linger: '100',
    commit: '',
    guarantee: 'at_least_once',
    caching: true,
    hops: '1',
    mode: 'micro-batch',
    trigger: '1000',
    batch: '40',
  };

  it('keeps a batch duration below the docs’ best end-to-end figure as entered', () => {
    const { spark } = settingsFromForm(form, { commit: false, batch: true }, facts);
    expect(spark.batchMs).toBe(40);
    expect(explain(streamsDefaults(facts), spark, facts).rows[1]?.breakdown.totalMs).toBe(80);
  });

  it('uses our estimate when the field is empty or the reader has not typed into it', () => {
    const { spark } = settingsFromForm({ ...form, batch: '' }, { commit: false, batch: true }, facts);
    expect(spark.batchMs).toBeUndefined();
    expect(settingsFromForm(form, { commit: false, batch: false }, facts).spark.batchMs).toBeUndefined();
    expect(explain(streamsDefaults(facts), spark, facts).rows[1]?.breakdown).toEqual(
      explain(streamsDefaults(facts), sparkDefaults, facts).rows[1]?.breakdown,
    );
  });
});
