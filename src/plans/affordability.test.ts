import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../testing/db.ts';
import { openFile } from './file-service.ts';
import { CONSENT, planTestDatabase } from './fixtures.test-support.ts';
import { everyTerm, fitOf, planOptions, referralFigures } from './options.ts';
import { acceptPlan, createPlan } from './service.ts';
import { planDetails } from './view-service.ts';

const TODAY = '2026-11-24';
let t: TestDatabase;
let fileId: string;

// Income € 1.650, one adult, two children, rent € 750: nothing is left to repay (issue 19).
const TIGHT = {
  netIncome: 165000,
  household: { adults: 1, children: 2 },
  fixedCosts: [{ label: 'Huur', amount: 75000 }],
};
// Income € 2.600 alone, costs € 1.630: € 20 a month left, though far more is legally seizable.
const SLIM = {
  netIncome: 260000,
  household: { adults: 1, children: 0 },
  fixedCosts: [{ label: 'Huur', amount: 163000 }],
};

beforeAll(async () => {
  let debtorId: string;
  ({ t, debtorId } = await planTestDatabase());
  const r = await openFile(t.database, t.scope(), { debtorId, consent: CONSENT }, TODAY);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  fileId = r.value.fileId;
});
afterAll(() => t.close());

describe('affordability guard on proposing and accepting a plan', () => {
  it('refuses a plan that takes income below the legal floor, whatever the reason', async () => {
    const r = await createPlan(
      t.database,
      t.scope(),
      { fileId, months: 1, affordability: TIGHT, overCapacityReason: 'De persoon wil dit zelf zo.' },
      TODAY,
    );
    expect(!r.ok && r.error.code).toBe('below_legal_floor');
  });

  it('needs a recorded reason above capacity, and shows it on the plan and in the Voorstel', async () => {
    const tooHigh = { fileId, monthly: 5000, affordability: SLIM };
    const without = await createPlan(t.database, t.scope(), tooHigh, TODAY);
    expect(!without.ok && without.error.code).toBe('over_capacity_reason_required');
    expect(await t.database.db.selectFrom('plans').select('id').execute()).toEqual([]);

    const reason = 'Toelage van het OCMW vanaf januari';
    const r = await createPlan(t.database, t.scope(), { ...tooHigh, overCapacityReason: reason }, TODAY);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const shown = await planDetails(t.database, t.scope(), r.value.planId, TODAY);
    if (!shown.ok) throw new Error('plan not shown');
    expect(shown.value.overCapacityReason).toBe(reason);
    expect(shown.value.activities[0]).toMatchObject({
      type: 'Voorstel',
      reason: `Boven afloscapaciteit: ${reason}`,
    });

    const future = await acceptPlan(
      t.database,
      t.scope(),
      r.value.planId,
      { acceptedOn: '2026-12-01', channel: 'counter' },
      TODAY,
    );
    expect(!future.ok && future.error.code).toBe('invalid_acceptance_date');
    const accepted = await acceptPlan(
      t.database,
      t.scope(),
      r.value.planId,
      { acceptedOn: '2026-11-20', channel: 'letter_signed' },
      TODAY,
    );
    expect(accepted.ok).toBe(true);
    const after = await planDetails(t.database, t.scope(), r.value.planId, TODAY);
    if (!after.ok) throw new Error('plan not shown');
    expect(after.value).toMatchObject({ acceptedOn: '2026-11-20', acceptedChannel: 'letter_signed' });
    expect(after.value.activities.at(-1)).toMatchObject({
      type: 'Aanvaarding',
      reason: 'Aanvaard op 2026-11-20, ondertekende brief',
    });
  });
});

describe('plan options', () => {
  const base = {
    firstDue: '2026-12-01',
    dayOfMonth: 1,
    minInstalment: 1000,
    maxMonths: 24,
    country: 'BE' as const,
  };

  it('labels each option against capacity and legal floor and offers every term up to the maximum', () => {
    const input = {
      ...base,
      startAmount: 60000,
      capacity: 3000,
      seizableMax: 10000,
      policy: null,
      terms: everyTerm(24),
    };
    const options = planOptions(input);
    expect(options.filter((o) => o.basis === 'term').map((o) => o.months)).toEqual(everyTerm(24));
    const byMonths = new Map(options.filter((o) => o.basis === 'term').map((o) => [o.months, o.fit]));
    expect(byMonths.get(1)).toBe('below_floor');
    expect(byMonths.get(12)).toBe('above_capacity');
    expect(byMonths.get(24)).toBe('affordable');
    expect(referralFigures(input, options)).toBeNull();
  });

  it('flags referral with the figures when no term fits', () => {
    const input = {
      ...base,
      startAmount: 60000,
      capacity: 0,
      seizableMax: 0,
      policy: null,
      terms: everyTerm(24),
    };
    expect(referralFigures(input, planOptions(input))).toEqual({
      startAmount: 60000,
      capacity: 0,
      maxMonths: 24,
      monthlyAtMaxTerm: 2500,
    });
  });

  it('an amount is haalbaar exactly when it is within capacity and the seizable part', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.nat(1_000_000), fc.nat(1_000_000), (monthly, capacity, seizable) => {
        const fit = fitOf(monthly, Math.min(capacity, seizable), seizable);
        expect(fit === 'affordable').toBe(monthly <= Math.min(capacity, seizable));
        expect(fit === 'below_floor').toBe(monthly > seizable);
      }),
    );
  });
});
