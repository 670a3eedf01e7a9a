import { describe, expect, it } from 'vitest';
import { formatFact } from '../../../src/facts/format-fact';

describe('formatFact', () => {
  it('prints the exact value first and a friendlier reading of round durations', () => {
    expect(formatFact({ value: 30000, unit: 'ms' })).toBe('30000 ms (30 s)');
    expect(formatFact({ value: 600000, unit: 'ms' })).toBe('600000 ms (10 min)');
    expect(formatFact({ value: 100, unit: 'ms' })).toBe('100 ms');
  });

  it('reads round byte counts in binary units', () => {
    expect(formatFact({ value: 10485760, unit: 'bytes' })).toBe('10485760 bytes (10 MiB)');
    expect(formatFact({ value: 1000, unit: 'bytes' })).toBe('1000 bytes');
  });

  it('uses the singular for one of a unit', () => {
    expect(formatFact({ value: 1, unit: 'threads' })).toBe('1 thread');
    expect(formatFact({ value: 0, unit: 'replicas' })).toBe('0 replicas');
  });

  it('prints versions, words and booleans as they are', () => {
    expect(formatFact({ value: '4.1', unit: undefined })).toBe('4.1');
    expect(formatFact({ value: 'at_least_once', unit: undefined })).toBe('at_least_once');
    expect(formatFact({ value: true, unit: undefined })).toBe('true');
  });
});
