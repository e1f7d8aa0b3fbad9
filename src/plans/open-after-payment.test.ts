import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overview } from '../overview/service.ts';
import { writeCamt053 } from '../payments/camt053-writer.ts';
import { importStatement } from '../payments/import-service.ts';
import type { TestDatabase } from '../testing/db.ts';
import { recordPlanPayment } from './change-service.ts';
import { fileView, openFile } from './file-service.ts';
import { CONSENT, planTestDatabase } from './fixtures.test-support.ts';
import { acceptPlan, createPlan } from './service.ts';
import { showPlan } from './view-service.ts';

const TODAY = '2026-11-24';
let t: TestDatabase;
let debtorId: string;
let fileId: string;
let planId: string;
let reference: string;

beforeAll(async () => {
  ({ t, debtorId } = await planTestDatabase());
  const file = await openFile(t.database, t.scope(), { debtorId, consent: CONSENT }, TODAY);
  if (!file.ok) throw new Error(file.error.message);
  fileId = file.value.fileId;
  const plan = await createPlan(t.database, t.scope(), { fileId, months: 6, firstDue: '2026-12-01' }, TODAY);
  if (!plan.ok) throw new Error(plan.error.message);
  ({ planId, reference } = plan.value);
  const accepted = await acceptPlan(t.database, t.scope(), planId, {}, TODAY);
  if (!accepted.ok) throw new Error(accepted.error.message);
});
afterAll(() => t.close());

/** Per claim: the plan's open amount and the overview's, which must be the same figure. */
async function openAmounts() {
  const plan = await showPlan(t.database, t.scope(), planId);
  const view = await overview(t.database, t.scope(), debtorId, TODAY);
  const file = await fileView(t.database, t.scope(), fileId, TODAY);
  if (!plan.ok || !view.ok || !file.ok) throw new Error('plan, overview or file not found');
  return plan.value.claims.map((c) => ({
    claimId: c.claimId,
    plan: c.open,
    overview: view.value.claims.find((o) => o.claimId === c.claimId)?.open,
    file: file.value.claims.find((f) => f.claimId === c.claimId)?.open,
    allocated: c.allocated,
    bundledOpen: c.bundledOpen,
  }));
}

describe('the open amount of a claim in a plan after a payment', () => {
  it('before any payment, plan, file and overview show the bundled open amount', async () => {
    const rows = await openAmounts();
    expect(rows.map((r) => [r.claimId, r.plan])).toEqual([
      ['P-1', 20_000],
      ['S-1', 30_000],
      ['S-2', 10_000],
    ]);
    for (const r of rows) expect([r.overview, r.file]).toEqual([r.plan, r.plan]);
  });

  it('a payment recorded on the plan lowers the open amount the same way on the plan, the file and the overview', async () => {
    const paid = await recordPlanPayment(t.database, t.scope(), planId, {
      amount: 13_02,
      date: '2026-12-01',
    });
    expect(paid.ok).toBe(true);
    const rows = await openAmounts();
    expect(rows.reduce((s, r) => s + r.allocated, 0)).toBe(13_02);
    for (const r of rows) {
      expect(r.plan).toBe(r.bundledOpen - r.allocated);
      expect(r.overview).toBe(r.plan);
      expect(r.file).toBe(r.plan);
    }
    expect(rows.reduce((s, r) => s + r.plan, 0)).toBe(60_000 - 13_02);
  });

  it('a bank payment allocated over the claims lowers them the same way on the plan and the overview', async () => {
    const before = await openAmounts();
    const xml = writeCamt053('08', 'MSG-OPEN', '2026-12-31T20:00:00', [
      {
        id: 'STMT-OPEN',
        sequence: 1,
        iban: 'BE43068999999501',
        openingBalance: 0,
        openingDate: '2026-11-30',
        closingDate: '2026-12-31',
        entries: [
          {
            ref: 'OPEN-1',
            amount: 100_00,
            bookingDate: '2026-12-20',
            valueDate: '2026-12-20',
            counterparty: { name: 'Jan Testmans', iban: 'BE62510007547061' },
            reference: { kind: 'ogm', value: reference },
          },
        ],
      },
    ]);
    const r = await importStatement(t.database, t.scope(), {
      bytes: new TextEncoder().encode(xml),
      fileName: 'open.xml',
    });
    expect(r.ok).toBe(true);
    const after = await openAmounts();
    const total = (rows: typeof after) => rows.reduce((s, x) => s + x.plan, 0);
    expect(total(after)).toBeLessThan(total(before));
    for (const x of after) {
      expect(x.overview).toBe(x.plan);
      expect(x.file).toBe(x.plan);
    }
  });
});
