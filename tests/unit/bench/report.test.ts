import { describe, expect, it } from 'vitest';
import type { BudgetCheck } from '../../../scripts/bench/budgets.ts';
import { compactBudgetRows } from '../../../scripts/bench/report.ts';

const page = (subject: string, value: number, status: BudgetCheck['status'] = 'pass'): BudgetCheck => ({
  budget: `reading page ${subject}: requests`,
  limit: '≤ 4',
  measured: String(value),
  status,
  group: 'reading pages: requests',
  subject,
  value,
});

describe('compactBudgetRows', () => {
  it('gives a budget held by several pages one row with its worst page', () => {
    expect(compactBudgetRows([page('/', 3), page('/faq/', 4), page('/glossary/', 2)])).toEqual([
      ['reading pages: requests', '4 (worst: `/faq/`)', '—', '≤ 4', 'pass (3)'],
    ]);
  });

  it('shows the worst failure and how many pages failed', () => {
    const rows = compactBudgetRows([page('/', 5, 'fail'), page('/faq/', 6, 'fail'), page('/glossary/', 4)]);
    expect(rows[0]?.slice(1)).toEqual(['6 (worst: `/faq/`)', '—', '≤ 4', '**FAIL** (2 of 3)']);
  });

  it('takes the lowest figure where lower is worse', () => {
    const score = (subject: string, value: number): BudgetCheck => ({ ...page(subject, value), group: 'Lighthouse', worse: 'lower' });
    expect(compactBudgetRows([score('/', 100), score('/faq/', 99), score('/x/', 100)])[0]?.[1]).toBe('99 (worst: `/faq/`)');
  });

  it('keeps a budget of its own as it is, with its floor', () => {
    const search: BudgetCheck = {
      budget: 'search',
      limit: '≤ floor + 30 ms = 150 ms',
      measured: '140 ms',
      status: 'pass',
      floor: 'engine: 120 ms',
    };
    expect(compactBudgetRows([search])).toEqual([['search', '140 ms', 'engine: 120 ms', '≤ floor + 30 ms = 150 ms', 'pass']]);
  });
});
