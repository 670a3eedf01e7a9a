import { describe, expect, it } from 'vitest';
import { checkContent, type ContentSet } from '../../../src/data/content-checks';
import { factIdsIn, linksIn, parseMdx, pinnedHeadingsIn, termIdsIn } from '../../../src/data/mdx-body';
import { sampleDecision } from '../sample-decision';
import { sampleTable } from '../sample-table';

const valid: ContentSet = {
  sources: [
    {
      id: 'docs',
      data: {
        title: 'Docs page',
        project: 'kafka',
        kind: 'docs',
        url: 'https://kafka.apache.org/44/streams/',
        readAt: 'docs 4.4',
        checked: new Date(),
      },
    },
  ],
  facts: [{ id: 'v', data: { label: 'A version', value: '1.0', kind: 'version', appliesTo: 'X 1', source: 'docs', checked: new Date() } }],
  articles: [
    {
      id: 'a',
      filePath: 'content/articles/a.mdx',
      data: {
        title: 'An article',
        description: 'd'.repeat(60),
        published: new Date(),
        updated: new Date(),
        checkedAgainst: ['v'],
        systems: ['kafka-streams'],
        order: 1,
      },
    },
  ],
  faq: [{ id: 'q', filePath: 'content/faq/q.mdx', data: { question: 'Is it?', topics: ['basics'], article: 'a', order: 1 } }],
  comparisons: [
    {
      id: 't',
      filePath: 'content/comparisons/t.yaml',
      data: sampleTable([{ id: 'r', dimension: 'Row', cells: { x: '{fact:v}', y: 'no' }, sources: ['docs'], topics: ['basics' as const] }]),
    },
  ],
  glossary: [
    {
      id: 'term',
      data: { term: 'A term', system: 'general', definition: `Means {fact:v}. ${'x'.repeat(60)}`, links: ['a#why'], related: [] },
    },
  ],
  decisions: [
    {
      id: 'a',
      filePath: 'content/decisions/a.yaml',
      data: sampleDecision('why', [
        { when: 'Below {fact:v}', lean: 'x' },
        { when: 'Above it all', lean: 'y' },
      ]),
    },
  ],
};
const files = { facts: 'content/facts.yaml', sources: 'content/sources.yaml', glossary: 'content/glossary.yaml' };
/** The MDX bodies of the entries above, read as the site reads them. */
const bodies: Record<string, string> = { a: 'It is <Fact id="v" />.', q: 'Yes.' };
/** Every version of article "a" keeps the heading its decision rules point at. */
const why = '\n\n## Why {/* #why */}';
const bodyFacts =
  (overrides: Record<string, string> = {}) =>
  (entry: { id: string }) => {
    const tree = parseMdx(({ ...bodies, ...overrides }[entry.id] ?? '') + (entry.id === 'a' ? why : ''));
    return {
      factIds: factIdsIn(tree),
      termIds: termIdsIn(tree),
      links: linksIn(tree),
      headingIds: pinnedHeadingsIn(tree, String).map((h) => h.id),
    };
  };

describe('checkContent', () => {
  it('accepts consistent content', () => {
    expect(checkContent(valid, files, bodyFacts())).toEqual([]);
  });

  it('names file and field for every unknown reference', () => {
    const broken: ContentSet = {
      ...valid,
      facts: [{ ...valid.facts[0]!, data: { ...valid.facts[0]!.data, source: 'nope' } }],
      faq: [{ ...valid.faq[0]!, data: { ...valid.faq[0]!.data, article: 'gone' } }],
    };
    expect(checkContent(broken, files, bodyFacts({ a: '<Fact id="missing" />' }))).toEqual([
      'content/facts.yaml (entry "v"): field "source": unknown source id "nope"',
      'content/articles/a.mdx: field "<Fact id="missing">": unknown fact id "missing"',
      'content/faq/q.mdx: field "article": unknown article id "gone"',
    ]);
  });

  it('checks table cells and row sources', () => {
    const table = valid.comparisons[0]!;
    const row = table.data.rows[0]!;
    const broken: ContentSet = {
      ...valid,
      comparisons: [{ ...table, data: { ...table.data, rows: [{ ...row, cells: { x: '{fact:nope}', y: 'ok' }, sources: ['gone'] }] } }],
    };
    expect(checkContent(broken, files, bodyFacts())).toEqual([
      'content/comparisons/t.yaml: field "rows.0.sources.0": unknown source id "gone"',
      'content/comparisons/t.yaml: field "rows.0.cells.x": unknown fact id "nope"',
    ]);
  });

  it('names file and source, fact or line for every URL the site may not cite', () => {
    const source = valid.sources[0]!;
    const fact = valid.facts[0]!;
    const broken: ContentSet = {
      ...valid,
      sources: [{ ...source, data: { ...source.data, url: 'https://github.com/apache/kafka/blob/trunk/README.md' } }],
      facts: [{ ...fact, data: { ...fact.data, note: 'Listed at https://index.scala-lang.org/apache/spark.' } }],
    };
    const body = 'First line.\n\nSee [the guide](https://spark.apache.org/docs/latest/x.html) and [the FAQ](/faq/).';
    expect(checkContent(broken, files, bodyFacts({ a: body }))).toEqual([
      expect.stringMatching(
        /^content\/sources\.yaml \(entry "docs"\): field "url": "trunk" is a moving target.*: https:\/\/github\.com\/apache\/kafka\/blob\/trunk\/README\.md$/,
      ),
      expect.stringMatching(
        /^content\/facts\.yaml \(entry "v"\): field "note": host index\.scala-lang\.org is not a primary source.*: https:\/\/index\.scala-lang\.org\/apache\/spark$/,
      ),
      expect.stringMatching(
        /^content\/articles\/a\.mdx:3: link https:\/\/spark\.apache\.org\/docs\/latest\/x\.html: "latest" is a moving target/,
      ),
    ]);
  });

  it('checks that decision rules cite known facts and point at a pinned heading of their article', () => {
    const decision = valid.decisions[0]!;
    const factor = decision.data.factors[0]!;
    const broken: ContentSet = {
      ...valid,
      decisions: [
        {
          ...decision,
          data: {
            ...decision.data,
            factors: [
              {
                ...factor,
                section: 'nowhere',
                rules: [
                  { ...factor.rules[0]!, when: 'Below {fact:gone}', lean: 'either' },
                  { ...factor.rules[1]!, when: 'Above it all', lean: 'zeta', reason: 'Because of {fact:lost} here.' },
                ],
              },
            ],
            outcomes: decision.data.outcomes.map((o, i) =>
              i === 0 ? { ...o, link: 'a#elsewhere', caveats: ['Unless {fact:missing} holds.'] } : o,
            ),
          },
        },
      ],
    };
    expect(checkContent(broken, files, bodyFacts())).toEqual([
      'content/decisions/a.yaml: field "factors.0.section": no heading with the pinned id "nowhere" in content/articles/a.mdx',
      'content/decisions/a.yaml: field "factors.0.rules.0.when": unknown fact id "gone"',
      'content/decisions/a.yaml: field "factors.0.rules.1.reason": unknown fact id "lost"',
      'content/decisions/a.yaml: field "factors.0.rules.1.lean": "zeta" is not one of either, x, y',
      'content/decisions/a.yaml: field "outcomes.0.link": no heading with the pinned id "elsewhere" in content/articles/a.mdx',
      'content/decisions/a.yaml: field "outcomes.0.caveats.0": unknown fact id "missing"',
    ]);
  });

  it('names a source that nothing cites', () => {
    const spare = { id: 'spare', data: { ...valid.sources[0]!.data, url: 'https://kafka.apache.org/44/other' } };
    expect(checkContent({ ...valid, sources: [...valid.sources, spare] }, files, bodyFacts())).toEqual([
      'content/sources.yaml (entry "spare"): cited by no fact and no table row; cite it or remove it',
    ]);
  });

  it('names the file and term for an unknown glossary term, and checks each glossary entry', () => {
    const entry = valid.glossary[0]!;
    const broken: ContentSet = {
      ...valid,
      glossary: [
        {
          ...entry,
          data: { ...entry.data, definition: `${entry.data.definition} {fact:gone}`, links: ['a#nowhere', 'zz#why'], related: ['nope'] },
        },
      ],
    };
    expect(checkContent(broken, files, bodyFacts({ q: 'Yes, a <Term id="nope">term</Term>.' }))).toEqual([
      'content/faq/q.mdx: field "<Term id="nope">": unknown glossary term id "nope"',
      'content/glossary.yaml (entry "term"): field "definition": unknown fact id "gone"',
      'content/glossary.yaml (entry "term"): field "related.0": unknown glossary term id "nope"',
      'content/glossary.yaml (entry "term"): field "links.0": no heading with the pinned id "nowhere" in content/articles/a.mdx',
      'content/glossary.yaml (entry "term"): field "links.1": unknown article id "zz"',
    ]);
  });
});
