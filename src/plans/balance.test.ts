import { describe, expect, it } from 'vitest';
import { planBalanceAt, planBalanceSeries } from './balance.ts';
import type { Instalment } from './schedule.ts';

const instalments: Instalment[] = [
  { seq: 1, dueDate: '2026-12-01', amount: 30000 },
  { seq: 2, dueDate: '2027-01-04', amount: 20000 },
];

describe('plan balance (Afbetalingsplansaldo)', () => {
  it('shows balance, arrears and credit at a date', () => {
    expect(planBalanceAt(50000, instalments, [{ date: '2026-12-03', amount: 25000 }], '2026-12-31')).toEqual({
      date: '2026-12-31',
      balance: 25000,
      due: 30000,
      paid: 25000,
      arrears: 5000,
      credit: 0,
    });
    const over = planBalanceAt(50000, instalments, [{ date: '2026-12-03', amount: 52000 }], '2026-12-31');
    expect(over).toMatchObject({ balance: 0, arrears: 0, credit: 2000 });
  });

  it('gives one point per due date and payment date, in order, up to the given day', () => {
    const series = planBalanceSeries(
      50000,
      instalments,
      [
        { date: '2026-12-03', amount: 30000 },
        { date: '2027-02-10', amount: 20000 },
      ],
      '2027-01-31',
    );
    expect(series.map((p) => [p.date, p.balance, p.arrears])).toEqual([
      ['2026-12-01', 50000, 30000],
      ['2026-12-03', 20000, 0],
      ['2027-01-04', 20000, 20000],
      ['2027-01-31', 20000, 20000],
    ]);
  });
});
