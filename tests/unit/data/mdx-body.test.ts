import { describe, expect, it } from 'vitest';
import { factIdsIn, linksIn, parseMdx, pinnedHeadingsIn, plainText } from '../../../src/data/mdx-body';

const factText = (id: string) => ({ wait: '100 ms', size: '10 MiB' })[id] ?? '?';

describe('factIdsIn', () => {
  it('finds each fact once, in order of first use, inline and in blocks', () => {
    const tree = parseMdx(
      'a <Fact id="x" /> b <Fact id=\'y\'/> c <Fact id="x" />\n\n<Callout kind="note" title="t">\n  <Fact id="z" />\n</Callout>',
    );
    expect(factIdsIn(tree)).toEqual(['x', 'y', 'z']);
  });

  it('counts the release fact a callout names, so the build checks it and the page cites it', () => {
    const tree = parseMdx('<Callout kind="changed" title="t" versionFact="v">\n  Text <Fact id="x" />\n</Callout>');
    expect(factIdsIn(tree)).toEqual(['v', 'x']);
  });

  it('ignores facts shown as code and other elements', () => {
    expect(factIdsIn(parseMdx('Write `<Fact id="x" />` in MDX, or <Other id="y" />.'))).toEqual([]);
  });
});

describe('plainText', () => {
  it('resolves facts and keeps the text of links, code and emphasis', () => {
    const text = plainText(
      parseMdx('No. It waits <Fact id="wait" /> (`linger.ms`), see **[the latency section](/a/#latency)** and *why*.\n\n- one\n- two'),
      factText,
    );
    expect(text).toBe('No. It waits 100 ms (linger.ms), see the latency section and why. one two');
  });

  it('separates blocks with a space and drops comments and expressions', () => {
    const text = plainText(
      parseMdx('First.\n\nSecond {/* a note */} part.\n\n> Quoted.\n\n| a | b |\n| - | - |\n| <Fact id="size" /> | c |'),
      factText,
    );
    expect(text).toBe('First. Second part. Quoted. a b 10 MiB c');
  });

  it('keeps snake_case words and asterisks in code whole', () => {
    expect(plainText(parseMdx('Set `exactly_once_v2` or `a*b*c`, not at_least_once.'), factText)).toBe(
      'Set exactly_once_v2 or a*b*c, not at_least_once.',
    );
  });

  it('reports invalid MDX with the place and what was expected', () => {
    expect(() => parseMdx('Hello <Calout>world')).toThrow(/closing tag for `<Calout>`/);
  });
});

describe('linksIn', () => {
  it('lists inline links and link definitions with their body lines, not URLs written as code', () => {
    const tree = parseMdx('See [a](https://a.apache.org/x).\n\n`https://not.a/link`\n\n[b]: https://b.apache.org/y\n\nAnd [ref][b].');
    expect(linksIn(tree)).toEqual([
      { url: 'https://a.apache.org/x', line: 1 },
      { url: 'https://b.apache.org/y', line: 5 },
    ]);
  });
});

describe('pinnedHeadingsIn', () => {
  it('lists h2 and h3 headings with a pinned id, with their text', () => {
    const tree = parseMdx(
      '## Latency <Fact id="wait" /> {/* #latency */}\n\n### Unpinned\n\n### Cache {/* #cache */}\n\n#### Deep {/* #deep */}',
    );
    expect(pinnedHeadingsIn(tree, factText)).toEqual([
      { id: 'latency', depth: 2, text: 'Latency 100 ms' },
      { id: 'cache', depth: 3, text: 'Cache' },
    ]);
  });
});
