import { describe, expect, it } from 'vitest';
import { shareCardSvg, wrapWords } from '../../../src/page-meta/share-card';

describe('share cards', () => {
  it('wraps words into lines and marks text cut at the last line', () => {
    expect(wrapWords('one two three four', 9, 3)).toEqual(['one two', 'three', 'four']);
    expect(wrapWords('one two three four', 9, 2)).toEqual(['one two', 'three…']);
  });

  it('escapes text for SVG', () => {
    const svg = shareCardSvg({ site: 'S', title: 'A <b> & "c"', subtitle: "it's" });
    expect(svg).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
    expect(svg).toContain('it&apos;s');
  });
});
