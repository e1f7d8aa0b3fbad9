import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planOptions } from './options.ts';

const base = {
  firstDue: '2026-12-01',
  dayOfMonth: 1,
  minInstalment: 1000,
  maxMonths: 24,
  country: 'BE' as const,
};

describe('planOptions', () => {
  it('compares capacity, policy and terms, flagging what cannot be done', () => {
    const options = planOptions({
      ...base,
      startAmount: 60000,
      capacity: 5000,
      policy: { kind: 'amount', amount: 500 },
      terms: [12, 30],
    });
    expect(options.map((o) => [o.basis, o.monthly, o.months, o.problem])).toEqual([
      ['capacity', 5000, 12, null],
      ['policy', 500, 120, 'instalment_below_minimum'],
      ['term', 5000, 12, null],
      ['term', 2000, 30, 'term_too_long'],
    ]);
  });

  it('every feasible option pays exactly the start amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 500_000 }),
        (startAmount, capacity) => {
          for (const o of planOptions({ ...base, startAmount, capacity, policy: null, terms: [6, 12, 24] })) {
            if (o.problem !== null) continue;
            expect(o.monthly * (o.months - 1) + o.lastAmount).toBe(startAmount);
            expect(o.months).toBeLessThanOrEqual(24);
          }
        },
      ),
    );
  });
});
