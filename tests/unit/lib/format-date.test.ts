import { describe, expect, it } from 'vitest';
import { formatDate, isoDate } from '../../../src/lib/format-date';

describe('dates', () => {
  it('formats without ambiguity and in ISO form', () => {
    const d = new Date('2026-11-05T00:00:00Z');
    expect(formatDate(d)).toBe('5 November 2026');
    expect(isoDate(d)).toBe('2026-11-05');
  });
});
