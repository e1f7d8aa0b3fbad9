import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instalmentOfPayments } from './instalment-of-payment.ts';

const plan = [
  { id: 'i1', amount: 5000 },
  { id: 'i2', amount: 5000 },
  { id: 'i3', amount: 2500 },
];

describe('instalmentOfPayments', () => {
  it('fills the instalments in order with the payments in booking order', () => {
    const got = instalmentOfPayments(plan, [
      { id: 'a', amount: 3000 },
      { id: 'b', amount: 3000 },
      { id: 'c', amount: 4000 },
      { id: 'd', amount: 2500 },
      { id: 'e', amount: 100 },
    ]);
    expect([...got]).toEqual([
      ['a', 'i1'],
      ['b', 'i1'],
      ['c', 'i2'],
      ['d', 'i3'],
      ['e', 'i3'],
    ]);
  });

  it('gives no instalment when the plan has none', () => {
    expect(instalmentOfPayments([], [{ id: 'a', amount: 1 }]).size).toBe(0);
  });

  it('gives every payment exactly one instalment, never going back to an earlier one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 1, max: 100_000 }), { maxLength: 20 }),
        (amounts, paid) => {
          const instalments = amounts.map((amount, n) => ({ id: `i${n}`, amount }));
          const payments = paid.map((amount, n) => ({ id: `p${n}`, amount }));
          const got = instalmentOfPayments(instalments, payments);
          expect(got.size).toBe(payments.length);
          const order = payments.map((p) => Number((got.get(p.id) ?? '').slice(1)));
          for (let n = 1; n < order.length; n++) expect(order[n]).toBeGreaterThanOrEqual(order[n - 1] ?? 0);
        },
      ),
    );
  });
});
