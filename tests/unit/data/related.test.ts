import { describe, expect, it } from 'vitest';
import { relatedArticles } from '../../../src/data/related';

const article = (id: string, systems: string[], order: number) => ({ id, data: { systems, order } });

describe('relatedArticles', () => {
  it('lists other articles sharing a system, most shared first, then by order, and leaves out the rest', () => {
    const all = [
      article('streams-vs-spark', ['kafka-streams', 'spark'], 1),
      article('what-is-streams', ['kafka-streams'], 2),
      article('what-is-spark', ['spark'], 4),
      article('streams-vs-flink', ['kafka-streams', 'flink'], 5),
      article('flink-only', ['flink'], 6),
      article('spark-and-streams-again', ['spark', 'kafka-streams'], 9),
    ];
    expect(relatedArticles(all[0]!, all).map((a) => a.id)).toEqual([
      'spark-and-streams-again',
      'what-is-streams',
      'what-is-spark',
      'streams-vs-flink',
    ]);
  });

  it('lists at most the limit, so a page does not grow with the site', () => {
    const many = Array.from({ length: 20 }, (_, i) => article(`a${i}`, ['spark'], i));
    expect(relatedArticles(many[0]!, many)).toHaveLength(4);
    expect(relatedArticles(many[0]!, many, 2).map((a) => a.id)).toEqual(['a1', 'a2']);
  });

  it('keeps the order of a full sort, ties included, on a site of many articles', () => {
    const systems = ['kafka-streams', 'spark', 'flink'];
    // Deterministic mix: every combination of systems, orders that repeat.
    const all = Array.from({ length: 60 }, (_, i) =>
      article(
        `a${i}`,
        systems.filter((_, s) => (i >> s) & 1 || i % 7 === s),
        (i * 13) % 17,
      ),
    );
    const shared = (a: (typeof all)[number], b: (typeof all)[number]) => a.data.systems.filter((s) => b.data.systems.includes(s)).length;
    for (const one of all) {
      const sorted = all
        .filter((a) => a.id !== one.id && shared(a, one) > 0)
        .sort((a, b) => shared(b, one) - shared(a, one) || a.data.order - b.data.order)
        .slice(0, 4);
      expect(relatedArticles(one, all).map((a) => a.id)).toEqual(sorted.map((a) => a.id));
    }
  });
});
