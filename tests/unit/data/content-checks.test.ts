import { describe, expect, it } from 'vitest';
import { checkContent, type ContentSet } from '../../../src/data/content-checks';
import { factIdsIn, parseMdx } from '../../../src/data/mdx-body';
import { sampleTable } from '../sample-table';

const valid: ContentSet = {
  sources: [{ id: 'docs', data: { title: 'Docs page', project: 'kafka', kind: 'docs', url: 'https://kafka.apache.org/' } }],
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
};
const files = { facts: 'content/facts.yaml', sources: 'content/sources.yaml' };
/** The MDX bodies of the entries above, read as the site reads them. */
const bodies: Record<string, string> = { a: 'It is <Fact id="v" />.', q: 'Yes.' };
const bodyFacts =
  (overrides: Record<string, string> = {}) =>
  (entry: { id: string }) =>
    factIdsIn(parseMdx({ ...bodies, ...overrides }[entry.id] ?? ''));

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
});
