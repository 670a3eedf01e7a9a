import { describe, expect, it } from 'vitest';
import { highlightPattern, matchRanges, termStem } from '../../../src/search/highlight-terms';

describe('highlighting searched words on the landing page', () => {
  it('matches page words that start with a term, across punctuation and after an ending is dropped', () => {
    const pattern = highlightPattern(['microbatch', 'batches']);
    expect(termStem('Batches')).toBe('batch');
    const text = 'A micro-batch engine runs batches; batch size';
    expect(matchRanges(text, pattern!).map(([a, b]) => text.slice(a, b))).toEqual(['micro-batch', 'batches', 'batch']);
  });

  it('does not match inside a word, and has no pattern for no usable terms', () => {
    const pattern = highlightPattern(['stream']);
    expect(matchRanges('upstream streams', pattern!).length).toBe(1);
    expect(highlightPattern(['', 'a'])).toBeUndefined();
  });
});
