import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import { type CamtEntryInput, writeCamt053 } from './camt053-writer.ts';
import { importStatement } from './import-service.ts';
import { resolveQueuedPayment } from './queue-resolution.ts';
import { reconciliationCsv } from './reconciliation-csv.ts';
import { reconciliationOf, resolvedLines } from './reconciliation-store.ts';
import { unmatchedQueue } from './service.ts';

let t: TestDatabase;
const PERIOD = { from: '2026-04-01', to: '2026-04-30' };

const line = (ref: string, amount: number, name: string): CamtEntryInput => ({
  ref,
  amount,
  bookingDate: '2026-04-26',
  valueDate: '2026-04-26',
  counterparty: { name, iban: 'BE62510007547061' },
  unstructured: 'betaling',
});

beforeAll(async () => {
  t = await createTestDatabase();
  const xml = writeCamt053('08', 'MSG-1', '2026-04-30T20:00:00', [
    {
      id: 'STMT-1',
      sequence: 1,
      iban: 'BE43068999999501',
      openingBalance: 0,
      openingDate: '2026-03-31',
      closingDate: '2026-04-30',
      entries: [line('Q-1', 7_500, 'Sportclub De Proef'), line('Q-2', 1_200, 'Mia Proef')],
    },
  ]);
  const r = await importStatement(t.database, t.scope(), {
    bytes: new TextEncoder().encode(xml),
    fileName: 's1.xml',
  });
  if (!r.ok) throw new Error(r.error.message);
});
afterAll(() => t.close());

describe('queued payments that are not for EvS', () => {
  it('asks for where it goes, a valid IBAN and a reason, naming the field', async () => {
    const [q] = await unmatchedQueue(t.database, t.scope());
    const id = q?.id ?? '';
    const noTarget = await resolveQueuedPayment(
      t.database,
      t.scope(),
      id,
      { kind: 'not_for_evs', target: '', note: 'huur zaal' },
      '2026-04-28',
    );
    expect(!noTarget.ok && noTarget.error.code).toBe('target_required');
    const badIban = await resolveQueuedPayment(
      t.database,
      t.scope(),
      id,
      { kind: 'refunded', iban: 'BE00 1234', note: 'dubbel betaald' },
      '2026-04-28',
    );
    expect(!badIban.ok && badIban.error.code).toBe('invalid_iban');
    expect(await unmatchedQueue(t.database, t.scope())).toHaveLength(2);
  });

  it('hands one line to a department, refunds the other; both leave the queue, audited and reconciled', async () => {
    const queue = await unmatchedQueue(t.database, t.scope());
    const hall = queue.find((q) => q.amount === 7_500);
    const mia = queue.find((q) => q.amount === 1_200);
    const a = await resolveQueuedPayment(
      t.database,
      t.scope(),
      hall?.id ?? '',
      { kind: 'not_for_evs', target: 'SPORT (zaalverhuur)', note: 'huur sporthal, geen schuld' },
      '2026-04-28',
    );
    const b = await resolveQueuedPayment(
      t.database,
      t.scope(),
      mia?.id ?? '',
      { kind: 'refunded', iban: 'BE62 5100 0754 7061', note: 'geen openstaande schuld' },
      '2026-04-28',
    );
    expect([a.ok, b.ok]).toEqual([true, true]);
    expect(await unmatchedQueue(t.database, t.scope())).toEqual([]);
    const again = await resolveQueuedPayment(
      t.database,
      t.scope(),
      mia?.id ?? '',
      { kind: 'refunded', iban: 'BE62510007547061', note: 'nog eens' },
      '2026-04-28',
    );
    expect(!again.ok && again.error.code).toBe('payment_not_unmatched');

    const rec = await reconciliationOf(t.database.db, t.scope(), PERIOD);
    expect(rec.rows.map((r) => [r.kind, r.amount])).toEqual([
      ['not_for_evs', 7_500],
      ['refunded', 1_200],
    ]);
    expect(rec.bankTotal).toBe(8_700);
    const resolutions = await resolvedLines(t.database.db, t.scope(), PERIOD);
    const csv = reconciliationCsv({ ...PERIOD, ...rec, rows: [...rec.rows], allocations: [], resolutions });
    expect(csv).toContain(`not_for_evs;2026-04-26;SPORT (zaalverhuur);;${hall?.id};;75.00`);
    expect(csv).not.toContain('BE62');
    const audits = await t.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', 'in', ['payments.not_for_evs', 'payments.refunded'])
      .execute();
    expect(audits.map((x) => x.action).sort()).toEqual(['payments.not_for_evs', 'payments.refunded']);
  });
});
