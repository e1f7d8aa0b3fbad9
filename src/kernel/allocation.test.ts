import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Allocation,
  allocatePayment,
  applyAllocations,
  CLAIM_PARTS,
  type ClaimBalance,
  openAmount,
} from './allocation.ts';
import { claimsArb, strategyArb } from './allocation-arbitraries.test-support.ts';

const sum = (xs: readonly Allocation[]): number => xs.reduce((s, a) => s + a.amount, 0);
const paidTo = (xs: readonly Allocation[], key: string): number => sum(xs.filter((a) => a.claimKey === key));
const totalOpen = (cs: readonly ClaimBalance[]): number => cs.reduce((s, c) => s + openAmount(c), 0);

describe('allocatePayment invariants', () => {
  it('conserves money, never overpays a part, surplus only when all is paid', () => {
    fc.assert(
      fc.property(
        claimsArb,
        fc.integer({ min: 0, max: 1_500_000 }),
        strategyArb,
        (claims, amount, strategy) => {
          const { allocations, surplus } = allocatePayment(amount, claims, strategy);
          expect(sum(allocations) + surplus).toBe(amount);
          expect(allocations.every((a) => a.amount > 0)).toBe(true);
          const after = applyAllocations(claims, allocations); // throws on overpayment of any part
          if (surplus > 0) expect(totalOpen(after)).toBe(0);
          expect(surplus).toBe(Math.max(0, amount - totalOpen(claims)));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('within a claim pays costs, then interest, then principal', () => {
    fc.assert(
      fc.property(
        claimsArb,
        fc.integer({ min: 0, max: 300_000 }),
        strategyArb,
        (claims, amount, strategy) => {
          const after = applyAllocations(claims, allocatePayment(amount, claims, strategy).allocations);
          after.forEach((c, i) => {
            const before = claims[i] as ClaimBalance;
            if (c.interest < before.interest || c.principal < before.principal) expect(c.costs).toBe(0);
            if (c.principal < before.principal) expect(c.interest).toBe(0);
          });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('pro rata gives each claim its exact proportional share within one cent', () => {
    fc.assert(
      fc.property(claimsArb, fc.integer({ min: 0, max: 1_500_000 }), (claims, amount) => {
        const { allocations } = allocatePayment(amount, claims, 'pro_rata');
        const total = totalOpen(claims);
        for (const c of claims) {
          const exact = total === 0 ? 0 : Math.min(openAmount(c), (amount * openAmount(c)) / total);
          expect(Math.abs(paidTo(allocations, c.claimKey) - exact)).toBeLessThan(1);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('oldest first leaves no older claim open while a younger one gets money', () => {
    fc.assert(
      fc.property(claimsArb, fc.integer({ min: 0, max: 300_000 }), (claims, amount) => {
        const { allocations } = allocatePayment(amount, claims, 'oldest_first');
        const after = applyAllocations(claims, allocations);
        for (const young of claims) {
          if (paidTo(allocations, young.claimKey) === 0) continue;
          for (const old of after) {
            if (old.dueDate < young.dueDate) expect(openAmount(old)).toBe(0);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('category priority pays a listed category before any later one', () => {
    fc.assert(
      fc.property(claimsArb, fc.integer({ min: 0, max: 300_000 }), (claims, amount) => {
        const priority = ['boete', 'huur'];
        const rank = (cat: string): number => (priority.indexOf(cat) < 0 ? 2 : priority.indexOf(cat));
        const { allocations } = allocatePayment(amount, claims, { priority });
        const after = applyAllocations(claims, allocations);
        for (const paid of claims.filter((c) => paidTo(allocations, c.claimKey) > 0)) {
          for (const other of after) {
            if (rank(other.category) < rank(paid.category)) expect(openAmount(other)).toBe(0);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('allocatePayment examples', () => {
  const claims: ClaimBalance[] = [
    {
      claimKey: 'huur-2025',
      dueDate: '2025-06-01',
      category: 'huur',
      costs: 1_500,
      interest: 500,
      principal: 30_000,
    },
    {
      claimKey: 'boete-2026',
      dueDate: '2026-01-15',
      category: 'boete',
      costs: 0,
      interest: 0,
      principal: 10_000,
    },
  ];

  it('pro rata splits 100.00 as 76.19 / 23.81 over 320.00 and 100.00 open', () => {
    const { allocations, surplus } = allocatePayment(10_000, claims, 'pro_rata');
    expect(allocations).toEqual([
      { claimKey: 'huur-2025', part: 'costs', amount: 1_500 },
      { claimKey: 'huur-2025', part: 'interest', amount: 500 },
      { claimKey: 'huur-2025', part: 'principal', amount: 5_619 },
      { claimKey: 'boete-2026', part: 'principal', amount: 2_381 },
    ]);
    expect(surplus).toBe(0);
  });

  it('priority for fines pays the fine first; overpayment becomes surplus', () => {
    expect(allocatePayment(12_000, claims, { priority: ['boete'] }).allocations.slice(0, 2)).toEqual([
      { claimKey: 'boete-2026', part: 'principal', amount: 10_000 },
      { claimKey: 'huur-2025', part: 'costs', amount: 1_500 },
    ]);
    expect(allocatePayment(50_000, claims, 'oldest_first').surplus).toBe(8_000);
  });

  it('refuses negative payments and balances as bugs', () => {
    expect(() => allocatePayment(-1, claims, 'pro_rata')).toThrow(RangeError);
    expect(() => allocatePayment(1, [{ ...claims[1], costs: -5 } as ClaimBalance], 'pro_rata')).toThrow(
      RangeError,
    );
    expect(CLAIM_PARTS).toEqual(['costs', 'interest', 'principal']);
  });
});
