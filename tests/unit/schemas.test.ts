import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article';
import { comparisonSchema } from '../../src/schemas/comparison';
import { decisionSchema } from '../../src/schemas/decision';
import { factSchema } from '../../src/schemas/fact';
import { faqSchema } from '../../src/schemas/faq';
import { sourceSchema } from '../../src/schemas/source';
import { sampleDecision } from './sample-decision';
import { sampleTable } from './sample-table';

/** The field paths a failed parse names, as Astro prints them ("rows.1.id"). */
function failedPaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((i) => i.path.join('.'));
}

const article = {
  title: 'A good title',
  description: 'x'.repeat(80),
  published: '2026-11-25',
  updated: '2026-11-25',
  checkedAgainst: ['kafka-version'],
};
const faq = { question: 'Is Kafka Streams micro-batch?', topics: ['processing-model'], article: 'kafka-streams-vs-spark' };
const fact = { label: 'A default', value: 100, unit: 'ms', kind: 'default', appliesTo: 'Kafka 4.4', source: 'docs', checked: '2026-11-25' };
const row = (id: string) => ({ id, dimension: 'Dimension', cells: { x: 'x', y: 'y' } });
const table = sampleTable([row('one')]);

describe('articleSchema', () => {
  it('accepts a valid article and defaults its order', () => {
    expect(articleSchema.parse(article).order).toBe(100);
  });
  it('rejects a description outside 50–160 characters and a missing title', () => {
    expect(failedPaths(articleSchema.safeParse({ ...article, description: 'short' }))).toEqual(['description']);
    expect(failedPaths(articleSchema.safeParse({ ...article, description: 'x'.repeat(161) }))).toEqual(['description']);
    const { title: _, ...untitled } = article;
    expect(failedPaths(articleSchema.safeParse(untitled))).toEqual(['title']);
  });
});

describe('faqSchema', () => {
  it('accepts a valid entry', () => {
    expect(faqSchema.parse(faq).topics).toEqual(['processing-model']);
  });
  it('rejects unknown topics, a question without a question mark, and a non-slug article', () => {
    expect(failedPaths(faqSchema.safeParse({ ...faq, topics: ['gossip'] }))).toEqual(['topics.0']);
    expect(failedPaths(faqSchema.safeParse({ ...faq, question: 'Kafka Streams is per-record' }))).toEqual(['question']);
    expect(failedPaths(faqSchema.safeParse({ ...faq, article: 'Not A Slug' }))).toEqual(['article']);
  });
});

describe('factSchema', () => {
  it('accepts a sourced default and an estimate with a basis', () => {
    expect(factSchema.parse(fact).value).toBe(100);
    const estimate = {
      label: 'Tuned latency',
      value: 'single-digit milliseconds',
      kind: 'estimate',
      appliesTo: 'Kafka 4.4',
      checked: '2026-11-25',
      basis: 'Our reading.',
    };
    expect(factSchema.parse(estimate).kind).toBe('estimate');
  });
  it('requires a source unless the fact is an estimate, and a basis for estimates', () => {
    const { source: _, ...unsourced } = fact;
    expect(failedPaths(factSchema.safeParse(unsourced))).toEqual(['source']);
    expect(failedPaths(factSchema.safeParse({ ...unsourced, kind: 'estimate', unit: undefined, value: 'fast' }))).toEqual(['basis']);
  });
  it('requires a number when a unit is given', () => {
    expect(failedPaths(factSchema.safeParse({ ...fact, value: 'a hundred' }))).toEqual(['value']);
  });
});

describe('sourceSchema', () => {
  it('accepts https only', () => {
    const source = {
      title: 'Streams docs',
      project: 'kafka',
      kind: 'docs',
      url: 'https://kafka.apache.org/',
      readAt: 'docs 4.4',
      checked: '2026-11-30',
    };
    expect(sourceSchema.parse(source).url).toBe('https://kafka.apache.org/');
    expect(failedPaths(sourceSchema.safeParse({ ...source, url: 'http://kafka.apache.org/' }))).toEqual(['url']);
  });

  it('requires what was read and when', () => {
    const source = { title: 'Streams docs', project: 'kafka', kind: 'docs', url: 'https://kafka.apache.org/44/' };
    expect(failedPaths(sourceSchema.safeParse(source))).toEqual(['readAt', 'checked']);
  });
});

describe('comparisonSchema', () => {
  it('accepts a valid table', () => {
    expect(comparisonSchema.parse(table).rows[0]?.sources).toEqual([]);
  });
  it('names a duplicate row id by its position', () => {
    const result = comparisonSchema.safeParse({ ...table, rows: [row('one'), row('two'), row('one')] });
    expect(failedPaths(result)).toEqual(['rows.2.id']);
    expect(result.error?.issues[0]?.message).toContain('already used by rows.0');
  });
  it('requires exactly one cell per system', () => {
    const result = comparisonSchema.safeParse({ ...table, rows: [{ ...row('one'), cells: { x: 'x', c: 'z' } }] });
    expect(failedPaths(result)).toEqual(['rows.0.cells.y', 'rows.0.cells.c']);
  });
});

describe('decisionSchema', () => {
  const rules = [
    { when: 'Latency below {fact:x}', lean: 'x' },
    { when: 'Anything slower than that', lean: 'either' },
  ];

  it('accepts factors with two to four rules and rejects a repeated factor id', () => {
    const decision = sampleDecision('why', rules);
    expect(decisionSchema.parse(decision).factors[0]?.rules).toHaveLength(2);
    const repeated = decisionSchema.safeParse({ ...decision, factors: [...decision.factors, ...decision.factors] });
    expect(repeated.success).toBe(false);
    expect(repeated.error?.issues[0]?.message).toMatch(/duplicate factor id "f" \(already used by factors\.0\)/);
    expect(failedPaths(decisionSchema.safeParse(sampleDecision('why', rules.slice(0, 1))))).toEqual(['factors.0.rules']);
  });
  it('rejects a repeated answer value, a repeated URL param, a missing outcome and a question without "?"', () => {
    const decision = sampleDecision('why', rules);
    const factor = decision.factors[0]!;
    const sameValue = { ...factor, rules: factor.rules.map((r) => ({ ...r, value: 'same' })) };
    expect(failedPaths(decisionSchema.safeParse({ ...decision, factors: [sameValue] }))).toEqual(['factors.0.rules.1.value']);
    const twin = { ...factor, id: 'g' };
    expect(failedPaths(decisionSchema.safeParse({ ...decision, factors: [factor, twin] }))).toEqual(['factors.1.param']);
    expect(failedPaths(decisionSchema.safeParse({ ...decision, outcomes: decision.outcomes.slice(1) }))).toEqual(['outcomes']);
    const statement = { ...factor, question: 'Which one applies here.' };
    expect(failedPaths(decisionSchema.safeParse({ ...decision, factors: [statement] }))).toEqual(['factors.0.question']);
  });
});
