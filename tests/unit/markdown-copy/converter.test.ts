import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../../src/data/mdx-body';
import { formatFact } from '../../../src/facts/format-fact';
import { markdownConverters } from '../../../src/markdown-copy/converters';
import { mdxToMdast, text, type ConverterInput, type CopyContent, type CopyContext } from '../../../src/markdown-copy/mdx-to-mdast';
import { serializeMarkdown } from '../../../src/markdown-copy/serialize';
import { sampleDecision } from '../sample-decision';
import { sampleTable } from '../sample-table';

const checked = new Date('2026-11-30');
const facts = new Map(
  [
    {
      id: 'commit',
      data: { label: 'Commit interval', value: 100, unit: 'ms', kind: 'default', appliesTo: 'Kafka 4.4', source: 'configs', checked },
    },
    {
      id: 'guarantee',
      data: { label: 'Guarantee', value: 'at_least_once', kind: 'default', appliesTo: 'Kafka 4.4', source: 'configs', checked },
    },
    { id: 'spark-next', data: { label: 'Next Spark', value: '4.3.0', kind: 'version', appliesTo: 'Spark 4.3', source: 'notes', checked } },
    {
      id: 'est',
      data: { label: 'Latency', value: 'single-digit milliseconds', kind: 'estimate', appliesTo: 'Kafka 4.4', basis: 'A guess.', checked },
    },
  ].map((f) => [f.id, f]),
);
const sources = new Map(
  [
    {
      id: 'configs',
      data: { title: 'Kafka Streams configs', project: 'kafka', kind: 'docs', url: 'https://kafka.apache.org/44/configs/' },
    },
    { id: 'notes', data: { title: 'Spark 4.3 notes', project: 'spark', kind: 'release', url: 'https://spark.apache.org/releases/4.3.0/' } },
  ].map((s) => [s.id, s]),
);
const table = sampleTable([
  { id: 'commit', dimension: 'Commit | interval', cells: { x: '{fact:commit}', y: '`trigger` sets it' }, sources: ['configs'] },
]);

const content = {
  facts,
  sources,
  factText: (id: string) => formatFact(facts.get(id)?.data as never),
  glossary: [{ id: 'watermark', data: { term: 'Watermark' } }],
  comparisons: [{ id: 't', data: { ...table, article: 'a' } }],
  decisions: [
    {
      id: 'a',
      data: sampleDecision('why-it-matters', [
        { when: 'Latency under {fact:commit}', lean: 'x' },
        { when: 'Either is fine here', lean: 'either' },
      ]),
    },
  ],
  section: (article: string, heading: string) =>
    article === 'a' && heading === 'why-it-matters'
      ? { article: { data: { title: 'A' } }, heading: { id: heading, text: 'Why it matters' } }
      : undefined,
} as unknown as CopyContent;

const ctx: CopyContext = {
  file: 'content/articles/a.mdx',
  pagePath: '/a/',
  url: (path) => new URL(path, 'https://s.dev').href,
  content,
};

const copy = (mdx: string, converters = markdownConverters) => serializeMarkdown(mdxToMdast(parseMdx(mdx), ctx, converters));

describe('MDX body to Markdown', () => {
  it('writes a fact as its value with a link to its source; a non-numeric default reads as code', () => {
    expect(copy('Commits every <Fact id="commit" />, with <Fact id="guarantee" /> by default.')).toMatchInlineSnapshot(`
      "Commits every 100 ms ([Kafka docs](https://kafka.apache.org/44/configs/)), with \`at_least_once\` ([Kafka docs](https://kafka.apache.org/44/configs/)) by default.
      "
    `);
  });

  it('marks an estimate as one', () => {
    expect(copy('Expect <Fact id="est" />.')).toMatchInlineSnapshot(`
      "Expect single-digit milliseconds (estimate).
      "
    `);
  });

  it('turns a callout into a blockquote that opens with its kind and title in bold', () => {
    expect(
      copy(
        '<Callout kind="changed" title="Faster restarts" versionFact="spark-next">\nRestarts are *faster*.\n\nMore so with `x`.\n</Callout>',
      ),
    ).toMatchInlineSnapshot(`
      "> **Changed in Apache Spark 4.3.0: Faster restarts**
      >
      > Restarts are _faster_.
      >
      > More so with \`x\`.
      "
    `);
  });

  it('links a term to its glossary entry', () => {
    expect(copy('Each <Term id="watermark">watermark</Term> moves on.')).toMatchInlineSnapshot(`
      "Each [watermark](https://s.dev/glossary/#watermark) moves on.
      "
    `);
  });

  it('makes site links absolute, keeps external ones, and drops heading pins, comments and imports', () => {
    const mdx = [
      "import X from './x';",
      '',
      '## Where it runs {/* #where */}',
      '',
      'See [below](#state), [the FAQ](/faq/#is-it), [the table](table/) and [Kafka](https://kafka.apache.org/44/). {/* note */}',
      '',
      '{/* a comment alone */}',
    ].join('\n');
    expect(copy(mdx)).toMatchInlineSnapshot(`
      "## Where it runs

      See [below](https://s.dev/a/#state), [the FAQ](https://s.dev/faq/#is-it), [the table](https://s.dev/a/table/) and [Kafka](https://kafka.apache.org/44/).
      "
    `);
  });

  it('keeps a code block with its language and without its meta', () => {
    expect(copy('```java title="App.java"\nKStream<String, String> s = b.stream("in");\n```')).toMatchInlineSnapshot(`
      "\`\`\`java
      KStream<String, String> s = b.stream("in");
      \`\`\`
      "
    `);
  });

  it('writes a comparison table as a GFM table with resolved cells and linked rows', () => {
    expect(copy('<ComparisonTable id="t" />')).toMatchInlineSnapshot(`
      "**Alpha compared with Beta**

      | Dimension | Alpha | Beta |
      | - | - | - |
      | [Commit \\| interval](https://s.dev/a/table/#commit) | 100 ms ([Kafka docs](https://kafka.apache.org/44/configs/)) | \`trigger\` sets it |
      "
    `);
  });

  it('writes a decision table with factor, situation, what it points to and why', () => {
    expect(copy('<DecisionTable id="a" />')).toMatchInlineSnapshot(`
      "**Which one fits**

      | Factor | If | Points to | Why |
      | - | - | - | - |
      | [Factor](https://s.dev/a/#decide-f) | Latency under 100 ms ([Kafka docs](https://kafka.apache.org/44/configs/)) | Alpha | [Why it matters](https://s.dev/a/#why-it-matters) |
      | [Factor](https://s.dev/a/#decide-f) | Either is fine here | Either | [Why it matters](https://s.dev/a/#why-it-matters) |
      "
    `);
  });

  it('fails on an element without a converter, naming the file, line and element', () => {
    expect(() => copy('Intro.\n\n<Chart id="topology" />')).toThrow(
      'content/articles/a.mdx:3: the MDX element <Chart> has no Markdown converter; register one in markdownConverters (src/markdown-copy/converters.ts)',
    );
    expect(() => copy('A <Fact id="nope" /> here.')).toThrow('content/articles/a.mdx:1: <Fact>: unknown fact id "nope"');
  });

  it('takes a new element with one more converter, which reads its literal and expression attributes', () => {
    const converters = {
      ...markdownConverters,
      Diagram: ({ attributes, expressions }: ConverterInput) => [text(`(diagram ${attributes['id']}, ${expressions['steps']} steps)`)],
    };
    expect(copy('<Diagram id="topology" steps={3} />', converters)).toMatchInlineSnapshot(`
      "(diagram topology, 3 steps)
      "
    `);
  });
});
