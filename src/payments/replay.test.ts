import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocatePayment, applyAllocations, type ClaimBalance } from '../kernel/allocation.ts';
import { claimsArb, strategyArb } from '../kernel/allocation-arbitraries.test-support.ts';
import { changedPayments, type PaymentToAllocate, paymentOrder, replayAllocations } from './replay.ts';

const paymentsArb: fc.Arbitrary<PaymentToAllocate[]> = fc.uniqueArray(
  fc.record({
    paymentId: fc.string({ minLength: 1, maxLength: 4 }),
    date: fc.integer({ min: 1, max: 28 }).map((d) => `2026-04-${String(d).padStart(2, '0')}`),
    amount: fc.integer({ min: 0, max: 60_000 }),
  }),
  { selector: (p) => p.paymentId, maxLength: 8 },
);

describe('replayAllocations', () => {
  it('equals processing the payments one by one in date order, whatever order they arrive in', () => {
    fc.assert(
      fc.property(claimsArb, paymentsArb, strategyArb, fc.integer(), (claims, payments, strategy, seed) => {
        const shuffled = [...payments].sort(
          (a, b) => ((a.paymentId.charCodeAt(0) * seed) % 7) - ((b.paymentId.charCodeAt(0) * seed) % 7),
        );
        const replay = replayAllocations(shuffled, claims, strategy);
        let balances: ClaimBalance[] = claims;
        let credit = 0;
        [...payments].sort(paymentOrder).forEach((p, i) => {
          const step = allocatePayment(p.amount, balances, strategy);
          expect(replay.payments[i]?.allocations).toEqual(step.allocations);
          balances = applyAllocations(balances, step.allocations);
          credit += step.surplus;
        });
        expect(replay.balances).toEqual(balances);
        expect(replay.credit).toBe(credit);
      }),
      { numRuns: 1500 },
    );
  });

  it('removing a payment (reversal) gives exactly the state before it was added', () => {
    fc.assert(
      fc.property(claimsArb, paymentsArb, strategyArb, fc.nat(), (claims, payments, strategy, pick) => {
        fc.pre(payments.length > 0);
        const target = payments[pick % payments.length] as PaymentToAllocate;
        const without = payments.filter((p) => p !== target);
        const before = replayAllocations(without, claims, strategy);
        const withP = replayAllocations([...without, target], claims, strategy);
        const undone = replayAllocations(
          withP.payments.filter((p) => p.paymentId !== target.paymentId),
          claims,
          strategy,
        );
        expect(undone).toEqual(before);
        expect(changedPayments(before, withP)).toContain(target.paymentId);
        expect(changedPayments(before, undone)).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });

  it('a backdated payment takes the older claim first and shifts later payments', () => {
    const claims: ClaimBalance[] = [
      { claimKey: 'a', dueDate: '2026-01-01', category: 'huur', costs: 0, interest: 0, principal: 10_000 },
      { claimKey: 'b', dueDate: '2026-02-01', category: 'huur', costs: 0, interest: 0, principal: 10_000 },
    ];
    const late: PaymentToAllocate = { paymentId: 'p2', date: '2026-03-10', amount: 10_000 };
    const early: PaymentToAllocate = { paymentId: 'p1', date: '2026-03-01', amount: 10_000 };
    const first = replayAllocations([late], claims, 'oldest_first');
    expect(first.payments[0]?.allocations).toEqual([{ claimKey: 'a', part: 'principal', amount: 10_000 }]);
    const second = replayAllocations([late, early], claims, 'oldest_first');
    expect(second.payments.map((p) => [p.paymentId, p.allocations[0]?.claimKey])).toEqual([
      ['p1', 'a'],
      ['p2', 'b'],
    ]);
    expect(changedPayments(first, second)).toEqual(['p1', 'p2']);
  });

  it('refuses the same payment twice', () => {
    const p: PaymentToAllocate = { paymentId: 'x', date: '2026-01-01', amount: 1 };
    expect(() => replayAllocations([p, p], [], 'pro_rata')).toThrow(RangeError);
  });
});
