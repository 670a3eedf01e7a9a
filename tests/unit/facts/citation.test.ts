import { describe, expect, it } from 'vitest';
import { citationFor, estimateId, sourceEntryId, sourceTitleId } from '../../../src/facts/citation';

describe('citationFor', () => {
  it('links a sourced fact to its source, labelled by project and kind, described by the source title in the Sources list', () => {
    const source = { id: 'kafka-config', data: { project: 'kafka' as const, kind: 'docs' as const, url: 'https://kafka.apache.org/x' } };
    expect(citationFor('commit-interval', source)).toEqual({
      href: 'https://kafka.apache.org/x',
      label: 'Kafka docs',
      describedBy: sourceTitleId('kafka-config'),
    });
  });

  it('links an estimate to its entry in the Estimates list, which also describes it', () => {
    expect(citationFor('est-latency')).toEqual({
      href: '#estimate-est-latency',
      label: 'estimate',
      describedBy: estimateId('est-latency'),
    });
  });

  it('keeps the public ids of the Sources list and gives each title an id of its own', () => {
    expect([sourceEntryId('a'), sourceTitleId('a'), estimateId('b')]).toEqual(['source-a', 'source-title-a', 'estimate-b']);
  });
});
