import { describe, expect, it } from 'vitest';
import { mdxFactIds, mdxToPlainText } from '../../src/data/mdx-body';

describe('mdxFactIds', () => {
  it('finds each fact once, in order of first use', () => {
    expect(mdxFactIds('a <Fact id="x" /> b <Fact id=\'y\'/> c <Fact id="x" />')).toEqual(['x', 'y']);
  });
});

describe('mdxToPlainText', () => {
  it('resolves facts and strips links, code and emphasis', () => {
    const text = mdxToPlainText(
      'No. It waits <Fact id="wait" /> (`linger.ms`), see **[the latency section](/a/#latency)** and *why*.\n\n- one\n- two',
      (id) => (id === 'wait' ? '100 ms' : '?'),
    );
    expect(text).toBe('No. It waits 100 ms (linger.ms), see the latency section and why. one two');
  });
});
