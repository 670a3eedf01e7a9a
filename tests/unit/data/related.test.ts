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
});
