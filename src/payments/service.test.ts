import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import { type CamtEntryInput, writeCamt053 } from './camt053-writer.ts';
import { importStatement } from './import-service.ts';
import { createPlanFixture, type FixturePlan } from './plan-fixture-store.ts';
import { reconciliationOf } from './reconciliation-store.ts';
import { assignPayment, paymentsOfPlan, refundCredit, unmatchedQueue } from './service.ts';

const ACCOUNT = 'BE43068999999501';
const PAYER = 'BE71096123456769';
let t: TestDatabase;
let a: FixturePlan;
let b: FixturePlan;
let balance = 0;
let seq = 0;

async function camt(entries: CamtEntryInput[]) {
  seq++;
  const xml = writeCamt053(seq % 2 === 0 ? '02' : '08', `MSG-${seq}`, '2026-04-30T20:00:00', [
    {
      id: `STMT-${seq}`,
      sequence: seq,
      iban: ACCOUNT,
      openingBalance: balance,
      openingDate: '2026-03-31',
      closingDate: '2026-04-30',
      entries,
    },
  ]);
  balance += entries.reduce((s, e) => s + e.amount, 0);
  const r = await importStatement(t.database, t.scope('en'), {
    bytes: new TextEncoder().encode(xml),
    fileName: `s${seq}.xml`,
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const credit = (
  ref: string,
  amount: number,
  date: string,
  plan: FixturePlan | null,
  extra: Partial<CamtEntryInput> = {},
): CamtEntryInput => ({
  ref,
  amount,
  bookingDate: date,
  valueDate: date,
  counterparty: { name: 'Jan Testmans', iban: PAYER },
  ...(plan === null
    ? { unstructured: 'betaling schuld' }
    : { reference: { kind: 'ogm' as const, value: plan.reference } }),
  ...extra,
});

async function allocationsOf(plan: FixturePlan) {
  const h = await paymentsOfPlan(t.database, t.scope(), plan.planId);
  if (!h.ok) throw new Error('no plan');
  return h.value;
}

beforeAll(async () => {
  t = await createTestDatabase();
  a = await createPlanFixture(t.database, t.orgId, {
    name: 'Jan Testmans',
    referenceBase: 2001,
    strategy: 'oldest_first',
    claims: [
      { department: 'SCHOOL', category: 'Schoolmaaltijden', principal: 10_000, dueDate: '2025-06-01' },
      { department: 'PARKEREN', category: 'Parkeerretributie', principal: 10_000, dueDate: '2025-01-01' },
    ],
    instalments: [
      { dueDate: '2026-04-01', amount: 5_000 },
      { dueDate: '2026-05-01', amount: 5_000 },
      { dueDate: '2026-06-01', amount: 5_000 },
      { dueDate: '2026-07-01', amount: 5_000 },
    ],
  });
  b = await createPlanFixture(t.database, t.orgId, {
    name: 'Els Proefmens',
    referenceBase: 2002,
    claims: [{ department: 'SCHOOL', category: 'Schoolmaaltijden', principal: 3_000, dueDate: '2025-03-01' }],
    instalments: [{ dueDate: '2026-04-01', amount: 3_000 }],
  });
});
afterAll(async () => t?.close());

describe('payments service', () => {
  it('a back-dated payment is allocated in date order (replay) and the later one shifts', async () => {
    await camt([credit('A-2', 6_000, '2026-04-20', a)]);
    // oldest first: PARKEREN (due 2025-01) is paid first
    expect((await allocationsOf(a)).claims.map((c) => [c.department, c.allocated])).toEqual([
      ['PARKEREN', 6_000],
      ['SCHOOL', 0],
    ]);
    const r = await camt([credit('A-1', 5_000, '2026-04-02', a)]);
    expect(r).toMatchObject({ matched: 1, allocated: 5_000 });
    const h = await allocationsOf(a);
    const byPayment = h.payments.map((p) => [
      p.bookingDate,
      p.allocations.map((x) => [x.department, x.amount]),
    ]);
    expect(byPayment).toEqual([
      ['2026-04-02', [['PARKEREN', 5_000]]],
      [
        '2026-04-20',
        [
          ['PARKEREN', 5_000],
          ['SCHOOL', 1_000],
        ],
      ],
    ]);
    expect(h.instalments.map((i) => i.status)).toEqual(['paid', 'paid', 'partly_paid', 'open']);
    // the feed carries the shift as signed deltas: the sum per claim equals what it received
    const feed = await t.database.db.selectFrom('feed_events').select(['claim_id', 'payload']).execute();
    const perClaim = new Map<string, number>();
    for (const f of feed)
      perClaim.set(f.claim_id, (perClaim.get(f.claim_id) ?? 0) + Number(f.payload.amount));
    expect(perClaim.get(a.claimIds[1] ?? '')).toBe(10_000);
    expect(perClaim.get(a.claimIds[0] ?? '')).toBe(1_000);
  });

  it('a reversal undoes exactly its payment: allocations, instalments and feed as before it', async () => {
    const before = await allocationsOf(a);
    await camt([credit('A-3', 2_500, '2026-04-25', a)]);
    expect((await allocationsOf(a)).plan.allocated).toBe(before.plan.allocated + 2_500);
    const r = await camt([credit('A-3R', -2_500, '2026-04-28', a, { reversal: true })]);
    expect(r.allocated).toBe(-2_500);
    const after = await allocationsOf(a);
    expect(after.claims).toEqual(before.claims);
    expect(after.instalments).toEqual(before.instalments);
    expect(after.payments.find((p) => p.kind === 'reversal')?.status).toBe('applied');
    expect(after.payments.filter((p) => p.status === 'allocated').map((p) => p.allocations)).toEqual(
      before.payments.map((p) => p.allocations),
    );
  });

  it('queues a line without reference with suggestions and reasons; a person assigns it with a reason', async () => {
    const r = await camt([
      credit('Q-1', 3_000, '2026-04-26', null, {
        counterparty: { name: 'Els Proefmens', iban: 'BE62510007547061' },
      }),
    ]);
    expect(r).toMatchObject({ matched: 0, unmatched: 1, allocated: 0 });
    const queue = await unmatchedQueue(t.database, t.scope('en'));
    expect(queue).toHaveLength(1);
    const item = queue[0];
    expect(item?.reason).toMatch(/no \(valid\) structured reference/);
    expect(item?.suggestions[0]?.planId).toBe(b.planId);
    expect(item?.suggestions[0]?.reasons.join(' ')).toMatch(
      /payer name resembles.*amount equals an instalment/,
    );
    // amount alone never suggests plan a (instalments of 5 000, different name, different account)
    expect(item?.suggestions.some((s) => s.planId === a.planId)).toBe(false);
    expect(
      (
        await assignPayment(t.database, t.scope('en'), {
          paymentId: item?.id ?? '',
          planId: b.planId,
          reason: '',
        })
      ).ok,
    ).toBe(false);
    const done = await assignPayment(t.database, t.scope('en'), {
      paymentId: item?.id ?? '',
      planId: b.planId,
      reason: 'called the payer: pays for her own plan',
    });
    expect(done).toEqual({ ok: true, value: { allocated: 3_000 } });
    expect(await unmatchedQueue(t.database, t.scope())).toEqual([]);
  });

  it('a fully paid plan completes its file; a surplus is a credit refunded only by a recorded decision', async () => {
    await camt([credit('B-2', 500, '2026-04-27', b)]);
    const h = await allocationsOf(b);
    expect(h.plan.status).toBe('completed');
    expect(h.plan.credit).toBe(500);
    const file = await t.database.db
      .selectFrom('evs_files')
      .select('status')
      .where('id', '=', b.fileId)
      .executeTakeFirstOrThrow();
    expect(file.status).toBe('closed');
    expect(
      (
        await refundCredit(
          t.database,
          t.scope(),
          { planId: b.planId, amount: 501, reason: 'refund' },
          '2026-05-01',
        )
      ).ok,
    ).toBe(false);
    expect(
      await refundCredit(
        t.database,
        t.scope(),
        { planId: b.planId, amount: 500, reason: 'refund to payer' },
        '2026-05-01',
      ),
    ).toEqual({
      ok: true,
      value: { credit: 0 },
    });
  });

  it('the reconciliation per department and period adds up to the bank total', async () => {
    await camt([
      {
        ref: 'D-1',
        amount: -1_234,
        bookingDate: '2026-04-29',
        valueDate: '2026-04-29',
        unstructured: 'bank costs',
      },
    ]);
    const all = await reconciliationOf(t.database.db, t.scope(), { from: '2026-04-01', to: '2026-04-30' });
    expect(all.bankTotal).toBe(balance);
    expect(all.rows.reduce((s, r) => s + r.amount, 0)).toBe(balance);
    expect(all.rows).toEqual(
      expect.arrayContaining([
        { kind: 'department', department: 'PARKEREN', amount: 10_000 },
        { kind: 'department', department: 'SCHOOL', amount: 4_000 },
        { kind: 'credit_on_file', department: null, amount: 500 },
        { kind: 'reversed', department: null, amount: 2_500 },
        { kind: 'reversal', department: null, amount: -2_500 },
        { kind: 'other', department: null, amount: -1_234 },
      ]),
    );
    const school = await t.database.db
      .selectFrom('departments')
      .select('id')
      .where('code', '=', 'SCHOOL')
      .executeTakeFirstOrThrow();
    const clerk = await reconciliationOf(
      t.database.db,
      { ...t.scope(), departmentIds: [school.id] },
      { from: '2026-04-01', to: '2026-04-30' },
    );
    expect(clerk.rows.find((r) => r.kind === 'other_departments')?.amount).toBe(10_000);
    expect(clerk.rows.reduce((s, r) => s + r.amount, 0)).toBe(balance);
  });
});
