import { describe, expect, it } from 'vitest';
import { diffAnchors, formatLock, publicIds } from '../../../src/anchors/anchor-lock';

describe('publicIds', () => {
  it('collects self-link targets and alias anchors, sorted and unique', () => {
    const html =
      '<h2 id="b">B</h2><a class="self-link" href="#b"></a><a class="self-link" href="#a%C3%A9"></a>' +
      '<span id="old-b" class="alias-anchor" data-alias-for="b"></span><a href="#not-public">x</a><a class="self-link" href="#b"></a>';
    expect(publicIds(html)).toEqual(['aé', 'b', 'old-b']);
  });
});

describe('diffAnchors', () => {
  it('reports locked ids that are gone and built ids the lock does not have', () => {
    const diff = diffAnchors({ '/a/': ['x', 'y'], '/gone/': ['z'] }, { '/a/': ['x', 'w'] });
    expect(diff.removed).toEqual([
      { page: '/a/', id: 'y' },
      { page: '/gone/', id: 'z' },
    ]);
    expect(diff.added).toEqual([{ page: '/a/', id: 'w' }]);
  });

  it('finds nothing when the build matches the lock', () => {
    expect(diffAnchors({ '/a/': ['x'] }, { '/a/': ['x'] })).toEqual({ removed: [], added: [] });
  });
});

describe('formatLock', () => {
  it('sorts pages and ids so equal content gives equal bytes', () => {
    expect(formatLock({ '/b/': ['z', 'a'], '/a/': ['m'] })).toBe('{\n  "/a/": [\n    "m"\n  ],\n  "/b/": [\n    "a",\n    "z"\n  ]\n}\n');
  });
});
