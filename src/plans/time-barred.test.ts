import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overview } from '../overview/service.ts';
import type { TestDatabase } from '../testing/db.ts';
import { cancelPlan } from './change-service.ts';
import { closeFile, fileView, openFile } from './file-service.ts';
import {
  CONSENT,
  importRows,
  NATIONAL_NUMBER,
  planTestDatabase,
  SCHOOL_ROWS,
} from './fixtures.test-support.ts';
import { createPlan } from './service.ts';
import { planDetails } from './view-service.ts';

const TODAY = '2026-11-24';
/** Due 15/01/2020, five-year limitation period: time-barred since 15/01/2025. */
const OLD_ROW = `S-OLD;${NATIONAL_NUMBER};Jan Testmans;30/07/1985;Schoolmaaltijden;80,00;0;0;15/01/2020`;
let t: TestDatabase;
let debtorId: string;

beforeAll(async () => {
  ({ t, debtorId } = await planTestDatabase());
  await importRows(t, 'SCHOOL', [...SCHOOL_ROWS, OLD_ROW]);
});
afterAll(() => t.close());

async function claimIds(): Promise<Map<string, string>> {
  const rows = await t.database.db.selectFrom('claims').select(['id', 'claim_id']).execute();
  return new Map(rows.map((r) => [r.claim_id, r.id]));
}

async function closeOpenFile(fileId: string, planId?: string) {
  if (planId) {
    const c = await cancelPlan(t.database, t.scope(), planId, { reason: 'test' }, TODAY);
    if (!c.ok) throw new Error(c.error.message);
  }
  const r = await closeFile(t.database, t.scope(), fileId, 'test', TODAY);
  if (!r.ok) throw new Error(r.error.message);
}

describe('time-barred claims (limitation date passed)', () => {
  it('the overview flags the open claim past its limitation date, and only that one', async () => {
    const r = await overview(t.database, t.scope(), debtorId, TODAY);
    if (!r.ok) throw new Error(r.error.message);
    const flags = r.value.claims.map((c) => [c.claimId, c.limitationDate, c.timeBarred]);
    expect(flags).toContainEqual(['S-OLD', '2025-01-15', true]);
    expect(flags.filter((f) => f[2] === true)).toHaveLength(1);
  });

  it('choosing a time-barred claim without a reason is refused, naming the claim and its date; nothing is written', async () => {
    const ids = await claimIds();
    const r = await openFile(
      t.database,
      t.scope('en'),
      { debtorId, consent: CONSENT, claimIds: [ids.get('S-1') ?? '', ids.get('S-OLD') ?? ''] },
      TODAY,
    );
    expect(!r.ok && r.error.code).toBe('time_barred_reason_required');
    expect(!r.ok && r.error.message).toContain('S-OLD (15/01/2025)');
    const files = await t.database.db.selectFrom('evs_files').select('id').execute();
    expect(files).toEqual([]);
  });

  it('the default bundle leaves the time-barred claim out', async () => {
    const r = await openFile(t.database, t.scope(), { debtorId, consent: CONSENT }, TODAY);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toMatchObject({ bundled: 3, open: 60_000 });
    const old = await t.database.db
      .selectFrom('claims')
      .select(['evs_file_id', 'time_barred_reason'])
      .where('claim_id', '=', 'S-OLD')
      .executeTakeFirstOrThrow();
    expect(old).toEqual({ evs_file_id: null, time_barred_reason: null });
    await closeOpenFile(r.value.fileId);
  });

  it('chosen on purpose with a reason: bundled, the reason stored, shown on the file and plan, and audited', async () => {
    const ids = await claimIds();
    const reason = 'Erkend door de schuldenaar in het gesprek van 20/11/2026';
    const r = await openFile(
      t.database,
      t.scope(),
      {
        debtorId,
        consent: CONSENT,
        claimIds: [ids.get('S-1') ?? '', ids.get('S-OLD') ?? ''],
        timeBarredReason: ` ${reason} `,
      },
      TODAY,
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toMatchObject({ bundled: 2, open: 30_000 + 8_000 });
    const file = await fileView(t.database, t.scope(), r.value.fileId, TODAY);
    if (!file.ok) throw new Error(file.error.message);
    expect(file.value.claims.map((c) => [c.claimId, c.timeBarred, c.timeBarredReason])).toEqual([
      ['S-OLD', true, reason],
      ['S-1', false, null],
    ]);
    const plan = await createPlan(t.database, t.scope(), { fileId: r.value.fileId, months: 2 }, TODAY);
    if (!plan.ok) throw new Error(plan.error.message);
    const details = await planDetails(t.database, t.scope(), plan.value.planId, TODAY);
    if (!details.ok) throw new Error(details.error.message);
    expect(details.value.startAmount).toBe(38_000);
    expect(details.value.claims.find((c) => c.claimId === 'S-OLD')).toMatchObject({
      limitationDate: '2025-01-15',
      timeBarred: true,
      timeBarredReason: reason,
    });
    const event = await t.database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'plans.file_opened')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(event.details).toMatchObject({
      timeBarred: [{ claim: ids.get('S-OLD'), limitationDate: '2025-01-15' }],
      timeBarredReason: reason,
    });
    await closeOpenFile(r.value.fileId, plan.value.planId);
    const released = await t.database.db
      .selectFrom('claims')
      .select('time_barred_reason')
      .where('claim_id', '=', 'S-OLD')
      .executeTakeFirstOrThrow();
    expect(released.time_barred_reason).toBeNull();
  });

  it('property: the bundle and its plan total exactly the chosen claims, time-barred ones only with a reason', async () => {
    const ids = await claimIds();
    const keys = ['S-1', 'S-2', 'P-1', 'S-OLD'];
    await fc.assert(
      fc.asyncProperty(fc.subarray(keys, { minLength: 1 }), fc.boolean(), async (chosen, withReason) => {
        const view = await overview(t.database, t.scope(), debtorId, TODAY);
        if (!view.ok) throw new Error(view.error.message);
        const r = await openFile(
          t.database,
          t.scope(),
          {
            debtorId,
            consent: CONSENT,
            claimIds: chosen.map((k) => ids.get(k) ?? ''),
            waiveCharges: false,
            ...(withReason ? { timeBarredReason: 'bewust gekozen' } : {}),
          },
          TODAY,
        );
        if (chosen.includes('S-OLD') && !withReason) {
          expect(!r.ok && r.error.code).toBe('time_barred_reason_required');
          return;
        }
        if (!r.ok) throw new Error(r.error.message);
        const expected = view.value.claims
          .filter((c) => chosen.includes(c.claimId))
          .reduce((s, c) => s + c.open, 0);
        expect(r.value.open).toBe(expected);
        const plan = await createPlan(t.database, t.scope(), { fileId: r.value.fileId, months: 3 }, TODAY);
        if (!plan.ok) throw new Error(plan.error.message);
        const details = await planDetails(t.database, t.scope(), plan.value.planId, TODAY);
        if (!details.ok) throw new Error(details.error.message);
        expect(details.value.startAmount).toBe(expected);
        expect(details.value.claims.reduce((s, c) => s + c.open, 0)).toBe(expected);
        await closeOpenFile(r.value.fileId, plan.value.planId);
      }),
      { numRuns: 8 },
    );
  });
});
