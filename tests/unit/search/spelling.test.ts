import { describe, expect, it } from 'vitest';
import { buildVocabulary, correctWord, isOneEditApart, normalizeWord } from '../../../src/search/spelling';

describe('typo correction', () => {
  it('knows words one insertion, deletion, substitution or swap apart', () => {
    expect(isOneEditApart('rocksbd', 'rocksdb')).toBe(true);
    expect(isOneEditApart('lingr', 'linger')).toBe(true);
    expect(isOneEditApart('kafak', 'kafka')).toBe(true);
    expect(isOneEditApart('kafka', 'kafka')).toBe(false);
    expect(isOneEditApart('spork', 'flink')).toBe(false);
  });

  it('picks the most frequent word one edit away, or the start of a longer one', () => {
    const vocabulary = buildVocabulary(['watermarks watermarks linger', 'linger lingers micro-batch']);
    expect(vocabulary.slice(0, 2)).toEqual(['linger', 'watermarks']);
    expect(vocabulary).toContain('micro');
    expect(correctWord('lingr', vocabulary)).toBe('linger');
    expect(correctWord('watermrk', vocabulary)).toBe('watermark');
    expect(correctWord('rtm', vocabulary)).toBeUndefined();
    expect(correctWord('zzzzzz', vocabulary)).toBeUndefined();
  });

  it('normalizes words as Pagefind does', () => {
    expect(normalizeWord('Micro-Batch,')).toBe('microbatch');
  });
});
