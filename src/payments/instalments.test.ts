import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyToInstalments, type Instalment } from './instalments.ts';

const plan: Instalment[] = [
  { key: 'i3', dueDate: '2026-03-01', amount: 5_000 },
  { key: 'i1', dueDate: '2026-01-01', amount: 5_000 },
  { key: 'i2', dueDate: '2026-02-01', amount: 5_000 },
];

describe('applyToInstalments', () => {
  it('marks paid, partly paid and open in due-date order, with the completing payment date', () => {
    const result = applyToInstalments(plan, [
      { date: '2026-02-10', amount: 3_000 },
      { date: '2025-12-28', amount: 4_000 },
    ]);
    expect(result.instalments.map((i) => [i.key, i.paid, i.status, i.paidOn])).toEqual([
      ['i1', 5_000, 'paid', '2026-02-10'],
      ['i2', 2_000, 'partly_paid', null],
      ['i3', 0, 'open', null],
    ]);
    expect(result.surplus).toBe(0);
  });

  it('keeps what is paid beyond the plan as surplus', () => {
    expect(applyToInstalments(plan, [{ date: '2026-01-01', amount: 16_000 }]).surplus).toBe(1_000);
  });

  it('conserves money and fills instalments strictly in order', () => {
    const inst = fc.array(fc.integer({ min: 0, max: 10_000 }), { maxLength: 12 });
    const pays = fc.array(fc.integer({ min: 0, max: 20_000 }), { maxLength: 12 });
    fc.assert(
      fc.property(inst, pays, (amounts, payments) => {
        const plan2 = amounts.map((amount, i) => ({
          key: `k${i}`,
          dueDate: `2026-01-${String(i + 1).padStart(2, '0')}`,
          amount,
        }));
        const result = applyToInstalments(
          plan2,
          payments.map((amount) => ({ date: '2026-01-15', amount })),
        );
        const paid = result.instalments.reduce((s, i) => s + i.paid, 0);
        expect(paid + result.surplus).toBe(payments.reduce((s, a) => s + a, 0));
        let seenUnpaid = false;
        for (const i of result.instalments) {
          expect(i.paid).toBeLessThanOrEqual(i.amount);
          if (seenUnpaid) expect(i.paid).toBe(0);
          if (i.paid < i.amount) seenUnpaid = true;
        }
        if (result.surplus > 0) expect(result.instalments.every((i) => i.status === 'paid')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
