import { describe, expect, it } from 'vitest';
import { faqRecord, tableRowRecords } from '../../../src/search/records';

describe('search records', () => {
  it('makes one record per FAQ entry and per table row, landing on its id', () => {
    const faq = faqRecord({ id: 'is-it', question: 'Is it?', topics: ['latency'], answerText: 'Yes.' });
    expect(faq).toMatchObject({ url: '/faq/#is-it', title: 'Is it?', content: 'Yes.', filters: { type: ['FAQ'] } });
    const rows = tableRowRecords(
      {
        title: 'The table',
        article: 'a',
        systems: [
          { id: 'x', name: 'X' },
          { id: 'y', name: 'Y' },
        ],
        rows: [{ id: 'r', dimension: 'Row', cells: { x: '`code` and {fact:f}', y: 'plain' }, sources: [], topics: ['state'] }],
      },
      () => '10 MiB',
    );
    expect(rows).toEqual([
      expect.objectContaining({
        url: '/a/table/#r',
        title: 'Row',
        context: 'The table',
        content: 'X: code and 10 MiB Y: plain',
        filters: expect.objectContaining({ type: ['Table row'] }),
      }),
    ]);
  });
});
