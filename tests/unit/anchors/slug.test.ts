import { describe, expect, it } from 'vitest';
import { isSlug } from '../../../src/anchors/slug';

describe('isSlug', () => {
  it('accepts kebab-case ids only', () => {
    expect(isSlug('state-and-recovery')).toBe(true);
    for (const bad of ['State', 'a--b', '-a', 'a_b', 'a b', '']) expect(isSlug(bad)).toBe(false);
  });
});
