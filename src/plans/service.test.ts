import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../testing/db.ts';
import { cancelPlan, changePlan, recordPlanPayment } from './change-service.ts';
import { closeFile, openFile } from './file-service.ts';
import { CONSENT, importRows, planTestDatabase, SCHOOL_ROWS } from './fixtures.test-support.ts';
import { acceptPlan, createPlan } from './service.ts';
import { planDetails, showPlan } from './view-service.ts';

const TODAY = '2026-11-24';
let t: TestDatabase;
let debtorId: string;
let fileId: string;
let planId: string;

beforeAll(async () => {
  ({ t, debtorId } = await planTestDatabase());
});
afterAll(() => t.close());

async function activityTypes(id: string): Promise<string[]> {
  const rows = await t.database.db
    .selectFrom('plan_activities')
    .select('type')
    .where('plan_id', '=', id)
    .orderBy('version')
    .execute();
  return rows.map((r) => r.type);
}

describe('EvS file and plan lifecycle through the service', () => {
  it('opens a file: bundles all open claims, freezes them and waives charges as a Vermindering', async () => {
    const r = await openFile(t.database, t.scope(), { debtorId, consent: CONSENT }, TODAY);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    fileId = r.value.fileId;
    expect(r.value).toMatchObject({ bundled: 3, waived: 3500, open: 60000 });
    const claims = await t.database.db
      .selectFrom('claims')
      .select(['charges', 'frozen_at', 'evs_file_id'])
      .execute();
    expect(claims.every((c) => c.charges === 0 && c.frozen_at !== null && c.evs_file_id === fileId)).toBe(
      true,
    );
    const reductions = await t.database.db
      .selectFrom('claim_reductions')
      .select('amount')
      .orderBy('amount')
      .execute();
    expect(reductions.map((x) => x.amount)).toEqual([1500, 2000]);
    const again = await openFile(t.database, t.scope(), { debtorId, consent: CONSENT }, TODAY);
    expect(!again.ok && again.error.code).toBe('file_already_open');
  });

  it('refuses a re-import that raises the charges of a bundled claim, and keeps waived charges waived', async () => {
    const raised = SCHOOL_ROWS.map((r) => r.replace(';300,00;15,00;', ';300,00;25,00;'));
    const outcome = await importRows(t, 'SCHOOL', raised);
    expect(outcome.rejectedWhole).toBe(true);
    expect(outcome.report.rejected).toEqual([
      expect.objectContaining({ row: 2, field: 'charges', message: expect.stringContaining('bevroren') }),
    ]);
    const same = await importRows(t, 'SCHOOL', SCHOOL_ROWS);
    expect(same.report.rejected).toEqual([]);
    const s1 = await t.database.db
      .selectFrom('claims')
      .select('charges')
      .where('claim_id', '=', 'S-1')
      .executeTakeFirstOrThrow();
    expect(s1.charges).toBe(0);
  });

  it('Voorstel: proposes a plan whose instalments add up to the bundled open amount, with a valid OGM', async () => {
    const r = await createPlan(
      t.database,
      t.scope(),
      { fileId, monthly: 25000, firstDue: '2026-12-05' },
      TODAY,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    planId = r.value.planId;
    const shown = await showPlan(t.database, t.scope(), planId);
    expect(shown.ok && shown.value).toEqual({
      id: planId,
      status: 'proposed',
      reference: r.value.reference,
      startAmount: 60000,
      instalments: [
        { dueDate: '2026-12-07', amount: 25000, paid: 0 },
        { dueDate: '2027-01-05', amount: 25000, paid: 0 },
        { dueDate: '2027-02-05', amount: 10000, paid: 0 },
      ],
      balance: 60000,
      claims: [
        { department: 'PARKEREN', claimId: 'P-1', open: 20000, bundledOpen: 20000, allocated: 0 },
        { department: 'SCHOOL', claimId: 'S-1', open: 30000, bundledOpen: 30000, allocated: 0 },
        { department: 'SCHOOL', claimId: 'S-2', open: 10000, bundledOpen: 10000, allocated: 0 },
      ],
    });
    expect(r.value.reference).toMatch(/^\d{12}$/);
    expect(await activityTypes(planId)).toEqual(['Voorstel']);
  });

  it('Aanvaarding: accepts; a stale version is rejected', async () => {
    const stale = await acceptPlan(t.database, t.scope(), planId, { expectedVersion: 0 }, TODAY);
    expect(!stale.ok && stale.error.code).toBe('version_conflict');
    const r = await acceptPlan(t.database, t.scope(), planId, { expectedVersion: 1 }, TODAY);
    expect(r.ok && r.value.version).toBe(2);
    const twice = await acceptPlan(t.database, t.scope(), planId, { expectedVersion: 1 }, TODAY);
    expect(!twice.ok && twice.error.code).toBe('version_conflict');
    expect(await activityTypes(planId)).toEqual(['Voorstel', 'Aanvaarding']);
  });

  it('Afbetaling: a payment fills the first instalment and the claims pro rata', async () => {
    const r = await recordPlanPayment(t.database, t.scope(), planId, { amount: 25000, date: '2026-12-07' });
    expect(r.ok && r.value.status).toBe('active');
    const shown = await showPlan(t.database, t.scope(), planId);
    if (!shown.ok) throw new Error('no plan');
    expect(shown.value.balance).toBe(35000);
    expect(shown.value.instalments[0]?.paid).toBe(25000);
    expect(shown.value.claims.reduce((s, c) => s + c.allocated, 0)).toBe(25000);
  });

  it('Wijziging: a new schedule for exactly what remains, to be accepted again', async () => {
    const stale = await changePlan(
      t.database,
      t.scope(),
      planId,
      { expectedVersion: 2, monthly: 10000, reason: 'inkomen gedaald' },
      TODAY,
    );
    expect(!stale.ok && stale.error.code).toBe('version_conflict');
    const r = await changePlan(
      t.database,
      t.scope(),
      planId,
      { expectedVersion: 3, monthly: 10000, firstDue: '2027-01-10', reason: 'inkomen gedaald' },
      TODAY,
    );
    expect(r.ok).toBe(true);
    const shown = await showPlan(t.database, t.scope(), planId);
    if (!shown.ok) throw new Error('no plan');
    expect(shown.value.status).toBe('proposed');
    expect(shown.value.instalments.reduce((s, i) => s + i.amount, 0)).toBe(60000);
    expect(shown.value.instalments.map((i) => i.amount)).toEqual([25000, 10000, 10000, 10000, 5000]);
    expect(await activityTypes(planId)).toEqual(['Voorstel', 'Aanvaarding', 'Afbetaling', 'Wijziging']);
  });

  it('Schrapping: cancels with a reason; the file can then be closed and its claims released', async () => {
    const noReason = await cancelPlan(t.database, t.scope(), planId, { reason: ' ' }, TODAY);
    expect(!noReason.ok && noReason.error.code).toBe('reason_required');
    const busy = await closeFile(t.database, t.scope(), fileId, 'verhuisd', TODAY);
    expect(!busy.ok && busy.error.code).toBe('plan_running');
    const r = await cancelPlan(t.database, t.scope(), planId, { reason: 'persoon verhuisd' }, TODAY);
    expect(r.ok).toBe(true);
    const details = await planDetails(t.database, t.scope(), planId, TODAY);
    expect(details.ok && details.value.cancellationReason).toBe('persoon verhuisd');
    expect(await activityTypes(planId)).toEqual([
      'Voorstel',
      'Aanvaarding',
      'Afbetaling',
      'Wijziging',
      'Schrapping',
    ]);
    const closed = await closeFile(t.database, t.scope(), fileId, 'verhuisd', TODAY);
    expect(closed.ok).toBe(true);
    const frozen = await t.database.db
      .selectFrom('claims')
      .select('frozen_at')
      .where('frozen_at', 'is not', null)
      .execute();
    expect(frozen).toHaveLength(0);
    const events = await t.database.db
      .selectFrom('feed_events')
      .select(['event_type'])
      .orderBy('seq')
      .execute();
    const count = (type: string) => events.filter((e) => e.event_type === type).length;
    expect([count('bundled'), count('plan_active'), count('released')]).toEqual([3, 3, 3]);
  });
});

describe('household file', () => {
  it('bundles both partners’ claims when both consent, and blocks a second file for either of them', async () => {
    await importRows(t, 'SCHOOL', [
      `S-9;90.02.14-998.01;Els Proefmans;14/02/1990;Schoolmaaltijden;45,00;0;0;01/02/2026`,
    ]);
    const els = await t.database.db
      .selectFrom('debtors')
      .select('id')
      .where('name', '=', 'Els Proefmans')
      .executeTakeFirstOrThrow();
    const r = await openFile(
      t.database,
      t.scope(),
      {
        debtorId: els.id,
        consent: CONSENT,
        partner: { debtorId, consent: { ...CONSENT, evidence: 'DOC-2026-0002' } },
      },
      TODAY,
    );
    expect(r.ok && r.value.bundled).toBe(4);
    const again = await openFile(t.database, t.scope(), { debtorId, consent: CONSENT }, TODAY);
    expect(!again.ok && again.error.code).toBe('file_already_open');
    const noConsent = await openFile(
      t.database,
      t.scope(),
      { debtorId: els.id, consent: { ...CONSENT, evidence: ' ' } },
      TODAY,
    );
    expect(!noConsent.ok && noConsent.error.code).toBe('consent_required');
  });
});
