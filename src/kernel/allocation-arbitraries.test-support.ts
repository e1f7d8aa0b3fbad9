import fc from 'fast-check';
import type { AllocationStrategy, ClaimBalance } from './allocation.ts';

/** fast-check generators shared by the allocation and replay property tests. */

const claimArb = (key: string): fc.Arbitrary<ClaimBalance> =>
  fc.record({
    claimKey: fc.constant(key),
    dueDate: fc.integer({ min: 1, max: 28 }).map((d) => `2026-0${(d % 9) + 1}-${String(d).padStart(2, '0')}`),
    category: fc.constantFrom('huur', 'gas', 'boete', 'school'),
    costs: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5_000 })),
    interest: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3_000 })),
    principal: fc.integer({ min: 0, max: 200_000 }),
  });

export const claimsArb: fc.Arbitrary<ClaimBalance[]> = fc
  .integer({ min: 0, max: 8 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => claimArb(`c${i}`))));

export const strategyArb: fc.Arbitrary<AllocationStrategy> = fc.oneof(
  fc.constant<AllocationStrategy>('pro_rata'),
  fc.constant<AllocationStrategy>('oldest_first'),
  fc.shuffledSubarray(['huur', 'gas', 'boete', 'school']).map((priority) => ({ priority })),
);
