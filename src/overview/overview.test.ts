import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type OverviewClaimInput, openAmount, summarise } from './overview.ts';

const claim = (over: Partial<OverviewClaimInput>): OverviewClaimInput => ({
  department: 'SCHOOL',
  departmentName: 'Scholen',
  claimId: 'S-1',
  category: 'Schoolmaaltijden',
  limitationPeriod: 'P5Y',
  principal: 10_000,
  charges: 1_500,
  paid: 2_000,
  issueDate: null,
  dueDate: '2026-01-15',
  status: 'open',
  ...over,
});

describe('overview', () => {
  it('computes open, limitation date and days overdue', () => {
    const { claims, totals } = summarise([claim({})], '2026-11-24');
    expect(claims[0]).toMatchObject({ open: 9_500, limitationDate: '2031-01-15', daysOverdue: 313 });
    expect(totals).toEqual({ principal: 10_000, charges: 1_500, paid: 2_000, open: 9_500 });
  });

  it('flags an open claim as time-barred from the day after its limitation date, never a paid one', () => {
    const due = claim({ dueDate: '2021-11-23', limitationPeriod: 'P5Y' });
    const on = (today: string) => summarise([due], today).claims[0];
    expect(on('2026-11-23')).toMatchObject({ limitationDate: '2026-11-23', timeBarred: false });
    expect(on('2026-11-24')).toMatchObject({ limitationDate: '2026-11-23', timeBarred: true });
    const paid = summarise([{ ...due, paid: 11_500 }], '2026-11-24').claims[0];
    expect(paid?.timeBarred).toBe(false);
  });

  it('counts cancelled and paid claims as 0 open and not overdue', () => {
    const { claims } = summarise(
      [
        claim({ status: 'cancelled' }),
        claim({ claimId: 'S-2', paid: 11_500 }),
        claim({ claimId: 'S-3', status: 'paid' }),
      ],
      '2026-11-24',
    );
    expect(claims.map((c) => [c.open, c.daysOverdue, c.status])).toEqual([
      [0, 0, 'cancelled'],
      [0, 0, 'paid'],
      [0, 0, 'paid'],
    ]);
  });

  it('department totals add up to the overall open total', () => {
    const arb = fc.array(
      fc.record({
        department: fc.constantFrom('SCHOOL', 'PARKEREN', 'AFVAL'),
        principal: fc.integer({ min: 1, max: 1_000_000 }),
        charges: fc.integer({ min: 0, max: 10_000 }),
        paid: fc.integer({ min: 0, max: 1_100_000 }),
        status: fc.constantFrom('open' as const, 'paid' as const, 'cancelled' as const),
      }),
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const { totals, byDepartment } = summarise(
          rows.map((r, i) => claim({ ...r, claimId: `C-${i}` })),
          '2026-11-24',
        );
        expect(byDepartment.reduce((s, d) => s + d.open, 0)).toBe(totals.open);
        expect(byDepartment.reduce((s, d) => s + d.count, 0)).toBe(rows.length);
        expect(totals.open).toBe(rows.reduce((s, r) => s + openAmount(r), 0));
      }),
    );
  });
});
