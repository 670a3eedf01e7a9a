import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { answersQuery, conclude, readAnswers, type GuideAnswer } from '../../../src/decide/guide';
import { guideOutcomes } from '../../../src/decide/outcomes';
import { decisionSchema } from '../../../src/schemas/decision';

const answer = (lean: string, flink = false, param = lean): GuideAnswer => ({ param, value: 'v', lean, flink });

describe('conclude', () => {
  it('reaches no outcome before any answer', () => {
    expect(conclude([])).toBeUndefined();
  });
  it('names the one system every pulling answer points to, whatever points to neither', () => {
    expect(conclude([answer('kafka-streams'), answer('either'), answer('kafka-streams', true, 'b')])).toBe('kafka-streams');
    expect(conclude([answer('either'), answer('spark')])).toBe('spark');
  });
  it('says either when no answer pulls one way', () => {
    expect(conclude([answer('either'), answer('either', true, 'b')])).toBe('either');
  });
  it('splits at the boundary when answers pull both ways and Flink misses one of them', () => {
    expect(conclude([answer('kafka-streams', true), answer('spark', false)])).toBe('both');
    expect(conclude([answer('kafka-streams', false), answer('spark', true)])).toBe('both');
  });
  it('points to Flink when answers pull both ways and Flink covers every pulling answer', () => {
    expect(conclude([answer('kafka-streams', true), answer('spark', true), answer('either')])).toBe('flink');
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
    return { param, value, lean: rule.lean, flink: rule.flink };
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
      'kafka-streams': conclude([pick('latency', 'per-event-stateful'), pick('ops', 'service-teams'), pick('state', 'stateless')]),
      spark: conclude([pick('workloads', 'ml'), pick('language', 'python-sql'), pick('eos', 'at-least-once')]),
      both: conclude([pick('ops', 'service-teams'), pick('output', 'tables-and-files')]),
      flink: conclude([pick('latency', 'per-event-stateful'), pick('language', 'python-sql'), pick('output', 'tables-and-files')]),
      either: conclude([pick('parallelism', 'within-partitions'), pick('eos', 'at-least-once')]),
    };
    expect(reached).toEqual(Object.fromEntries(guideOutcomes.map((o) => [o, o])));
  });
  it('has answers pointing to each system and to neither', () => {
    const leans = new Set(decision.factors.flatMap((f) => f.rules.map((r) => r.lean)));
    expect([...leans].sort()).toEqual(['either', 'kafka-streams', 'spark']);
  });
});
