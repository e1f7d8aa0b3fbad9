import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReductionRule } from '../kernel/eligibility/ruleset.ts';
import {
  inPeriod,
  invoiceDate,
  openOf,
  type ReducibleClaim,
  reductionCap,
  reductionFor,
} from './right-reduction.ts';

const cents = fc.integer({ min: 0, max: 1_000_000_000_000 });
const claim: fc.Arbitrary<ReducibleClaim> = fc.record({
  status: fc.constantFrom('open', 'paid', 'cancelled'),
  principal: cents,
  charges: cents,
  paid: cents,
  evsPaid: cents,
});
const rule: fc.Arbitrary<ReductionRule> = fc.oneof(
  fc.record({ percentBp: fc.integer({ min: 1, max: 10_000 }) }),
  fc.record({ fixedCents: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }) }),
);

describe('reductionFor', () => {
  it('is integer cents, never negative, never more than the open amount nor the principal', () => {
    fc.assert(
      fc.property(rule, claim, (r, c) => {
        const x = reductionFor(r, c);
        expect(Number.isSafeInteger(x)).toBe(true);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(openOf(c));
        expect(x).toBeLessThanOrEqual(c.principal);
      }),
    );
  });

  it('gives exactly the rule when the claim leaves room for it', () => {
    fc.assert(
      fc.property(rule, claim, (r, c) => {
        const wanted = 'percentBp' in r ? Math.floor((c.principal * r.percentBp) / 10_000) : r.fixedCents;
        // the float check is exact enough below 2^53 / 10_000
        fc.pre(c.principal < 900_000_000_000);
        expect(reductionFor(r, c)).toBe(Math.min(wanted, reductionCap(c)));
      }),
    );
  });

  it('leaves nothing to reduce on a paid or cancelled claim', () => {
    fc.assert(
      fc.property(rule, claim, (r, c) => {
        expect(reductionFor(r, { ...c, status: 'paid' })).toBe(0);
        expect(reductionFor(r, { ...c, status: 'cancelled' })).toBe(0);
      }),
    );
  });

  it('takes a whole invoice off at 100 %, and nothing of a second reduction once it is all gone', () => {
    fc.assert(
      fc.property(claim, (c) => {
        const open = { ...c, status: 'open' as const, paid: 0, evsPaid: 0 };
        const all = reductionFor({ percentBp: 10_000 }, open);
        expect(all).toBe(open.principal);
        const after = { ...open, principal: open.principal - all };
        expect(reductionFor({ percentBp: 10_000 }, after)).toBe(0);
      }),
    );
  });
});

describe('invoice period', () => {
  it('uses the issue date, else the due date, with inclusive bounds and an open end', () => {
    expect(invoiceDate('2025-03-01', '2025-04-01')).toBe('2025-03-01');
    expect(invoiceDate(null, '2025-04-01')).toBe('2025-04-01');
    expect(inPeriod('2025-01-01', { from: '2025-01-01', to: '2025-12-31' })).toBe(true);
    expect(inPeriod('2025-12-31', { from: '2025-01-01', to: '2025-12-31' })).toBe(true);
    expect(inPeriod('2026-01-01', { from: '2025-01-01', to: '2025-12-31' })).toBe(false);
    expect(inPeriod('2024-12-31', { from: '2025-01-01', to: null })).toBe(false);
    expect(inPeriod('2099-01-01', { from: '2025-01-01', to: null })).toBe(true);
  });
});
