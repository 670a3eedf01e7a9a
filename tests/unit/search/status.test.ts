import { describe, expect, it } from 'vitest';
import { statusText } from '../../../src/search/status';

describe('statusText', () => {
  const base = { query: 'linger', searched: 'linger', corrected: false, total: 3, shown: 3, filtered: false };
  it('says how many results there are, for what, and how many are shown', () => {
    expect(statusText(base)).toBe('3 results for “linger”.');
    expect(statusText({ ...base, total: 1, shown: 1 })).toBe('1 result for “linger”.');
    expect(statusText({ ...base, total: 12, shown: 8 })).toBe('12 results for “linger”. Showing the first 8.');
    expect(statusText({ ...base, total: 0, shown: 0, filtered: true })).toBe('No results for “linger” with these filters.');
  });

  it('says when a misspelt word was replaced', () => {
    expect(statusText({ ...base, query: 'lingr', corrected: true })).toBe('No match for “lingr”; 3 results for “linger”.');
  });
});
