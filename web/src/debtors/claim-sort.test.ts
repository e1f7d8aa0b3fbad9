import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OverviewClaim } from '../api/debtors.ts';
import { sortClaims } from './claim-sort.ts';

function claim(department: string, dueDate: string, claimId: string): OverviewClaim {
  return {
    department,
    claimId,
    dueDate,
    category: 'Test',
    principal: 100,
    charges: 0,
    paid: 0,
    open: 100,
    limitationDate: '2031-03-01',
    timeBarred: false,
    daysOverdue: 0,
    status: 'open',
  };
}

const claims = [
  claim('SCHOOL', '2026-03-01', 'S2'),
  claim('PARKEREN', '2026-05-01', 'P1'),
  claim('SCHOOL', '2026-01-01', 'S1'),
];

describe('sortClaims', () => {
  it('sorts by department, then due date', () => {
    expect(sortClaims(claims, 'department', 'ascending').map((c) => c.claimId)).toEqual(['P1', 'S1', 'S2']);
    expect(sortClaims(claims, 'department', 'descending').map((c) => c.claimId)).toEqual(['S1', 'S2', 'P1']);
  });

  it('sorts by due date', () => {
    expect(sortClaims(claims, 'dueDate', 'ascending').map((c) => c.claimId)).toEqual(['S1', 'S2', 'P1']);
    expect(sortClaims(claims, 'dueDate', 'descending').map((c) => c.claimId)).toEqual(['P1', 'S2', 'S1']);
  });

  it('keeps every claim and does not depend on the input order', () => {
    const arbClaim = fc
      .record({
        department: fc.constantFrom('SCHOOL', 'PARKEREN', 'AFVAL'),
        day: fc.integer({ min: 1, max: 28 }),
        id: fc.string({ minLength: 1, maxLength: 4 }),
      })
      .map((c) => claim(c.department, `2026-01-${String(c.day).padStart(2, '0')}`, c.id));
    fc.assert(
      fc.property(fc.uniqueArray(arbClaim, { selector: (c) => `${c.department}/${c.claimId}` }), (list) => {
        const sorted = sortClaims(list, 'dueDate', 'ascending');
        expect(sorted).toHaveLength(list.length);
        expect(sortClaims([...list].reverse(), 'dueDate', 'ascending')).toEqual(sorted);
        for (let i = 1; i < sorted.length; i++) {
          expect((sorted[i - 1]?.dueDate ?? '') <= (sorted[i]?.dueDate ?? '')).toBe(true);
        }
      }),
    );
  });
});
