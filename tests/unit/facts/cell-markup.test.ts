import { describe, expect, it } from 'vitest';
import { cellFactIds, parseCell } from '../../../src/facts/cell-markup';

describe('parseCell', () => {
  it('splits text, code spans and fact tokens in order', () => {
    expect(parseCell('Waits {fact:streams-linger-ms} (`linger.ms`) by default.')).toEqual([
      { type: 'text', value: 'Waits ' },
      { type: 'fact', id: 'streams-linger-ms' },
      { type: 'text', value: ' (' },
      { type: 'code', value: 'linger.ms' },
      { type: 'text', value: ') by default.' },
    ]);
  });

  it('leaves other markup as text', () => {
    expect(parseCell('**bold** and {notafact}')).toEqual([{ type: 'text', value: '**bold** and {notafact}' }]);
  });

  it('lists the fact ids a cell uses', () => {
    expect(cellFactIds('{fact:a} then `x` then {fact:b-c}')).toEqual(['a', 'b-c']);
  });
});
