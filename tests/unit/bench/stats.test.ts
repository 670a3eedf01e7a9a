import { describe, expect, it } from 'vitest';
import { median, medianAtCeiling } from '../../../scripts/bench/stats.ts';

describe('medianAtCeiling', () => {
  it('is true once more than half of the planned samples reached the ceiling', () => {
    expect(medianAtCeiling([100, 100, 100], 5, 100)).toBe(true);
    expect(medianAtCeiling([100, 99, 100, 100], 5, 100)).toBe(true);
    expect(medianAtCeiling([100, 100], 5, 100)).toBe(false);
    expect(medianAtCeiling([100, 100], 4, 100)).toBe(false);
    expect(medianAtCeiling([100, 100, 100], 4, 100)).toBe(true);
    expect(medianAtCeiling([100], 1, 100)).toBe(true);
  });

  it('agrees with the median of all planned samples, whatever the ones not taken would be', () => {
    const taken = [100, 98, 100, 100];
    for (const rest of [0, 50, 99, 100]) expect(median([...taken, rest])).toBe(100);
    expect(medianAtCeiling(taken, 5, 100)).toBe(true);
  });
});
