import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { answersQuery, conclude, readAnswers, type GuideAnswer } from '../../../src/decide/guide';
import { guideOutcomes } from '../../../src/decide/outcomes';
import { decisionSchema } from '../../../src/schemas/decision';

const answer = (lean: string, { need = false, flink = false } = {}, param = lean): GuideAnswer => ({
  param,
  value: 'v',
  lean,
  need,
  flink,
});

describe('conclude', () => {
  it('reaches no outcome before any answer', () => {
    expect(conclude([])).toBeUndefined();
  });
  it('names the system every pulling answer points to, whatever points to neither', () => {
    expect(conclude([answer('kafka-streams'), answer('either'), answer('kafka-streams', { need: true }, 'b')])).toBe('kafka-streams');
    expect(conclude([answer('either'), answer('spark')])).toBe('spark');
  });
  it('lets a need outweigh any number of preferences the other way', () => {
    expect(conclude([answer('kafka-streams', { need: true }), answer('spark', {}, 'b'), answer('spark', {}, 'c')])).toBe('kafka-streams');
  });
  it('says either when nothing pulls, or when only preferences pull both ways', () => {
    expect(conclude([answer('either'), answer('either', {}, 'b')])).toBe('either');
    expect(conclude([answer('kafka-streams'), answer('spark')])).toBe('either');
  });
  it('splits at the boundary when needs pull both ways and Flink misses one of them', () => {
    expect(conclude([answer('kafka-streams', { need: true, flink: true }), answer('spark', { need: true })])).toBe('both');
  });
  it('points to Flink when needs pull both ways and Flink meets every need', () => {
    const needs = [answer('kafka-streams', { need: true, flink: true }), answer('spark', { need: true, flink: true })];
    expect(conclude([...needs, answer('spark', {}, 'pref'), answer('either')])).toBe('flink');
  });
});

describe('the guide URL', () => {
  const questions = [
    { param: 'latency', values: ['seconds', 'per-event'] },
    { param: 'ops', values: ['service-teams'] },
  ];
  it('reads known params and values only, in question order', () => {
    const answers = readAnswers('?ops=service-teams&latency=nope&x=1', questions);
    expect([...answers]).toEqual([['ops', 'service-teams']]);
    expect([...readAnswers('ops=service-teams&latency=seconds', questions).keys()]).toEqual(['latency', 'ops']);
  });
  it('writes answers in question order and nothing when there are none', () => {
    const answers = new Map([
      ['ops', 'service-teams'],
      ['latency', 'per-event'],
    ]);
    expect(answersQuery(answers, questions)).toBe('?latency=per-event&ops=service-teams');
    expect(answersQuery(new Map(), questions)).toBe('');
    expect(readAnswers(answersQuery(answers, questions), questions)).toEqual(answers);
  });
});

describe('the rules of content/decisions/kafka-streams-vs-spark.yaml', () => {
  const decision = decisionSchema.parse(parseYaml(readFileSync('content/decisions/kafka-streams-vs-spark.yaml', 'utf8')));
  const pick = (param: string, value: string): GuideAnswer => {
    const factor = decision.factors.find((f) => f.param === param)!;
    const rule = factor.rules.find((r) => r.value === value)!;
    return { param, value, lean: rule.lean, need: rule.need, flink: rule.flink };
  };

  it('asks six to eight questions, each answerable from the URL', () => {
    expect(decision.factors.length).toBeGreaterThanOrEqual(6);
    expect(decision.factors.length).toBeLessThanOrEqual(8);
    const questions = decision.factors.map((f) => ({ param: f.param, values: f.rules.map((r) => r.value) }));
    const all = new Map(decision.factors.map((f) => [f.param, f.rules[0]!.value]));
    expect(readAnswers(answersQuery(all, questions), questions)).toEqual(all);
  });
  it('reaches every outcome with real answers', () => {
    const reached = {
      'kafka-streams': conclude([pick('latency', 'per-event-stateful'), pick('ops', 'spark-platform'), pick('state', 'stateless')]),
      spark: conclude([pick('workloads', 'ml'), pick('language', 'jvm'), pick('eos', 'at-least-once')]),
      both: conclude([pick('eos', 'kafka-to-kafka'), pick('workloads', 'ml')]),
      flink: conclude([pick('latency', 'per-event-stateful'), pick('language', 'python-sql'), pick('output', 'tables-and-files')]),
      either: conclude([pick('language', 'jvm'), pick('ops', 'spark-platform'), pick('eos', 'at-least-once')]),
    };
    expect(reached).toEqual(Object.fromEntries(guideOutcomes.map((o) => [o, o])));
  });
  it('with every question answered, reaches each outcome and leaves none of them most of the time', () => {
    const combinations = decision.factors.reduce<GuideAnswer[][]>(
      (sets, f) =>
        sets.flatMap((set) => f.rules.map((r) => [...set, { param: f.param, value: r.value, lean: r.lean, need: r.need, flink: r.flink }])),
      [[]],
    );
    const counts = new Map<string, number>();
    for (const answers of combinations) counts.set(conclude(answers) ?? 'none', (counts.get(conclude(answers) ?? 'none') ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual([...guideOutcomes].sort());
    for (const [outcome, count] of counts) expect(count / combinations.length, outcome).toBeLessThan(0.5);
  });
  it('has answers pointing to each system and to neither', () => {
    const leans = new Set(decision.factors.flatMap((f) => f.rules.map((r) => r.lean)));
    expect([...leans].sort()).toEqual(['either', 'kafka-streams', 'spark']);
  });
});
