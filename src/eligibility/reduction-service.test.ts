import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overview } from '../overview/service.ts';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import { childcare, importDepartmentCsv, reductionFixture } from './reduction.test-support.ts';
import { decideReduction, proposeRightReductions, rightReductions } from './reduction-service.ts';
import { runSweep } from './sweep-service.ts';

let t: TestDatabase;
let pietId = '';
let childcareId = '';
let parkingId = '';

async function claim(departmentClaimId: string) {
  const k = await t.database.db
    .selectFrom('claims')
    .select(['id', 'principal'])
    .where('claim_id', '=', departmentClaimId)
    .executeTakeFirstOrThrow();
  return { id: k.id, principal: Number(k.principal) };
}

async function openOfPiet(): Promise<number> {
  const r = await overview(t.database, t.scope(), pietId, '2025-06-02');
  if (!r.ok) throw new Error(r.error.message);
  return r.value.totals.open;
}

async function proposalFor(departmentClaimId: string) {
  const { id } = await claim(departmentClaimId);
  const all = await rightReductions(t.database, t.scope());
  return all.find((r) => r.claimId === id);
}

beforeAll(async () => {
  t = await createTestDatabase();
  ({ pietId, childcareId, parkingId } = await reductionFixture(t.database, t.scope()));
});
afterAll(() => t.close());

describe('reductions from granted rights', () => {
  it('proposes after a sweep on the invoices of the right department, category and period only', async () => {
    const before = await openOfPiet();
    const s = await runSweep(t.database, t.scope(), '2025-06-02', { date: '2025-06-02' });
    if (!s.ok) throw new Error(s.error.message);
    expect(s.value.reductionsProposed).toBe(3);
    const all = await rightReductions(t.database, t.scope(), { status: 'proposed' });
    expect(all.map((r) => [r.departmentClaimId, r.amount, r.right, r.periodFrom, r.periodTo]).sort()).toEqual(
      [
        ['K-1', 10_000, 'sociaal_tarief_kinderopvang', '2025-01-01', '2025-12-31'],
        ['K-2', 1_000, 'sociaal_tarief_kinderopvang', '2025-01-01', '2025-12-31'], // capped at what is open
        ['K-6', 3_000, 'sociaal_tarief_kinderopvang', '2025-01-01', '2025-12-31'],
      ],
    );
    expect(all.every((r) => r.debtorId === pietId && r.department === 'KINDEROPVANG')).toBe(true);
    // a proposal changes nothing the person owes
    expect(await openOfPiet()).toBe(before);
  });

  it('proposes the same right on the same claim once', async () => {
    const again = await proposeRightReductions(t.database, t.scope(), '2025-06-02');
    expect(again.ok && again.value).toMatchObject({ proposed: 0, proposedCents: 0, skipped: [] });
    const rows = await t.database.db.selectFrom('claim_reductions').select('id').execute();
    expect(rows).toHaveLength(3);
  });

  it('accepting lowers what the person owes exactly once, also after the department sends its figure again', async () => {
    const before = await openOfPiet();
    const p = await proposalFor('K-1');
    if (!p) throw new Error('no proposal for K-1');
    const r = await decideReduction(t.database, t.scope(), p.id, 'accept', 'sociaal tarief');
    expect(r.ok && r.value).toMatchObject({
      status: 'accepted',
      amount: 10_000,
      decidedBy: 'test',
      note: 'sociaal tarief',
    });
    expect((await claim('K-1')).principal).toBe(10_000);
    expect(await openOfPiet()).toBe(before - 10_000);

    await importDepartmentCsv(t.database, t.scope(), 'KINDEROPVANG', childcare('0,00'));
    expect((await claim('K-1')).principal).toBe(10_000);
    expect(await openOfPiet()).toBe(before - 10_000);
    const again = await proposeRightReductions(t.database, t.scope(), '2025-06-02');
    expect(again.ok && again.value.proposed).toBe(0);

    const twice = await decideReduction(t.database, t.scope(), p.id, 'accept');
    expect(!twice.ok && twice.error.code).toBe('reduction_decided');
    expect(await openOfPiet()).toBe(before - 10_000);

    const events = await t.database.db
      .selectFrom('feed_events')
      .select(['event_type', 'department_id'])
      .where('event_key', '=', `reduced:${p.id}`)
      .execute();
    expect(events).toEqual([{ event_type: 'reduced', department_id: childcareId }]);
  });

  it('rejecting changes nothing owed; accepting caps at what is open now', async () => {
    const k2 = await proposalFor('K-2');
    const before = await openOfPiet();
    const rejected = await decideReduction(t.database, t.scope(), k2?.id ?? '', 'reject');
    expect(rejected.ok && rejected.value.status).toBe('rejected');
    expect(await openOfPiet()).toBe(before);

    // the department booked a payment on K-6 meanwhile: 10,00 left open, proposal was 30,00
    await importDepartmentCsv(t.database, t.scope(), 'KINDEROPVANG', childcare('50,00'));
    const afterPayment = await openOfPiet();
    const k6 = await proposalFor('K-6');
    const accepted = await decideReduction(t.database, t.scope(), k6?.id ?? '', 'accept');
    expect(accepted.ok && accepted.value).toMatchObject({ amount: 1_000, proposedAmount: 3_000 });
    expect(await openOfPiet()).toBe(afterPayment - 1_000);
    const none = await decideReduction(
      t.database,
      t.scope(),
      '00000000-0000-4000-8000-000000000000',
      'accept',
    );
    expect(!none.ok && none.error.code).toBe('unknown_reduction');
  });

  it('shows a clerk only the reductions of their departments', async () => {
    const parking = await rightReductions(t.database, { ...t.scope(), departmentIds: [parkingId] });
    expect(parking).toEqual([]);
    const own = await rightReductions(t.database, { ...t.scope(), departmentIds: [childcareId] });
    expect(own).toHaveLength(3);
    const cannot = await decideReduction(
      t.database,
      { ...t.scope(), departmentIds: [parkingId] },
      own[0]?.id ?? '',
      'reject',
    );
    expect(!cannot.ok && cannot.error.code).toBe('unknown_reduction');
  });
});
