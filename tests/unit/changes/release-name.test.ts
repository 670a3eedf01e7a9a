import { describe, expect, it } from 'vitest';
import { releaseName, releaseWhen, releaseWhenParts } from '../../../src/changes/release-name';

describe('release names and days', () => {
  const day = (d: Date) => d.toISOString().slice(0, 10);

  it('names a line and gives a released line its day alone', () => {
    expect(releaseName({ project: 'spark', version: '4.2' })).toBe('Spark 4.2');
    expect(releaseWhen({ status: 'released', released: new Date('2026-07-14') }, day)).toBe('2026-07-14');
    expect(releaseWhenParts({ status: 'released' })).toEqual({ before: '', after: '' });
  });

  it('says a line documented before its release is not on the release page yet', () => {
    expect(releaseWhen({ status: 'docs-published', released: new Date('2026-11-30') }, day)).toBe(
      'documented by 2026-11-30, not yet on the release page',
    );
  });
});
