import { describe, expect, it } from 'vitest';
import { pageCitations } from '../../../src/facts/citations';
import { sampleDecision } from '../sample-decision';
import { sampleTable } from '../sample-table';

describe('pageCitations', () => {
  it('collects facts from MDX bodies and table cells and sources from rows, each once', () => {
    const table = sampleTable([
      { id: 'r', dimension: 'R', cells: { x: '{fact:f1}', y: '{fact:f2}' }, sources: ['s1', 's1'], topics: ['basics' as const] },
    ]);
    expect(pageCitations([['f1'], ['f3', 'f1']], [table])).toEqual({
      factIds: ['f1', 'f3', 'f2'],
      sourceIds: ['s1'],
    });
  });
});

describe('pageCitations with decision rules', () => {
  it('adds the facts of decision rules, so an estimate a rule shows is listed among the sources', () => {
    const decision = sampleDecision('s', [
      { when: 'Below {fact:est}', lean: 'x' },
      { when: 'Above {fact:f1}', lean: 'y' },
    ]);
    expect(pageCitations([['f1']], [], [decision]).factIds).toEqual(['f1', 'est']);
  });
});
