import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overview } from '../overview/service.ts';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import { writeCamt053 } from './camt053-writer.ts';
import { type CodaMovementInput, writeCoda } from './coda-writer.ts';
import { importStatement } from './import-service.ts';
import { createPlanFixture, type FixturePlan } from './plan-fixture-store.ts';

const ACCOUNT = 'BE43068999999501';
let t: TestDatabase;
let plan: FixturePlan;

function coda(
  seq: number,
  opening: number,
  movements: CodaMovementInput[],
  closingDelta?: number,
): Uint8Array {
  const text = writeCoda([
    {
      iban: ACCOUNT,
      holderName: 'GEMEENTE TESTDORP',
      creationDate: '2026-03-03',
      codaSequence: seq,
      openingBalance: opening,
      openingDate: '2026-03-02',
      closingDate: '2026-03-03',
      movements,
    },
  ]);
  if (closingDelta === undefined) return new TextEncoder().encode(text);
  // Corrupt the new balance in record 8 (positions 42–57) so old balance + movements no longer match.
  const lines = text.split('\r\n').map((l) => {
    if (!l.startsWith('8')) return l;
    const amount = Number(l.slice(42, 57)) + closingDelta * 10; // CODA amounts have 3 decimals
    return `${l.slice(0, 42)}${String(amount).padStart(15, '0')}${l.slice(57)}`;
  });
  return new TextEncoder().encode(lines.join('\r\n'));
}

const pay = (ref: string, amount: number, ogm: string, date = '2026-03-03'): CodaMovementInput => ({
  bankReference: ref,
  amount,
  entryDate: date,
  valueDate: date,
  communication: { kind: 'ogm', digits: ogm },
  counterparty: { iban: 'BE71096123456769', name: 'JAN TESTMANS' },
});

async function counts() {
  const db = t.database.db;
  const one = async (table: 'payments' | 'bank_statements' | 'payment_allocations' | 'feed_events') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((e) => e.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    payments: await one('payments'),
    statements: await one('bank_statements'),
    allocations: await one('payment_allocations'),
    feed: await one('feed_events'),
  };
}

beforeAll(async () => {
  t = await createTestDatabase();
  plan = await createPlanFixture(t.database, t.orgId, {
    name: 'Jan Testmans',
    referenceBase: 1001,
    claims: [
      {
        department: 'SCHOOL',
        category: 'Schoolmaaltijden',
        principal: 20_000,
        charges: 1_000,
        dueDate: '2025-10-01',
      },
      { department: 'PARKEREN', category: 'Parkeerretributie', principal: 9_000, dueDate: '2025-11-01' },
    ],
    instalments: [
      { dueDate: '2026-03-01', amount: 10_000 },
      { dueDate: '2026-04-01', amount: 10_000 },
      { dueDate: '2026-05-01', amount: 10_000 },
    ],
  });
});
afterAll(async () => t?.close());

describe('statement import', () => {
  it('matches by OGM, allocates pro rata costs first, marks instalments and tells the departments', async () => {
    const r = await importStatement(t.database, t.scope(), {
      bytes: coda(1, 0, [
        pay('REF-1', 15_000, plan.reference),
        { ...pay('REF-2', -2_000, plan.reference), communication: { kind: 'text', text: 'kosten' } },
      ]),
      fileName: 'day1.cod',
    });
    expect(r).toEqual({
      ok: true,
      value: { lines: 2, duplicates: 0, matched: 1, unmatched: 0, allocated: 15_000 },
    });
    const db = t.database.db;
    const allocations = await db
      .selectFrom('payment_allocations')
      .select(['claim_id', 'part', 'amount'])
      .orderBy('id')
      .execute();
    // open 21 000 (of which 1 000 costs) and 9 000: 15 000 pro rata = 10 500 and 4 500; costs first
    expect(allocations).toEqual([
      { claim_id: plan.claimIds[0], part: 'costs', amount: 1_000 },
      { claim_id: plan.claimIds[0], part: 'principal', amount: 9_500 },
      { claim_id: plan.claimIds[1], part: 'principal', amount: 4_500 },
    ]);
    const claims = await db
      .selectFrom('claims')
      .select(['id', 'evs_paid'])
      .where('id', 'in', [...plan.claimIds])
      .execute();
    expect(new Map(claims.map((c) => [c.id, Number(c.evs_paid)]))).toEqual(
      new Map([
        [plan.claimIds[0], 10_500],
        [plan.claimIds[1], 4_500],
      ]),
    );
    const instalments = await db
      .selectFrom('plan_instalments')
      .select(['seq', 'paid'])
      .orderBy('seq')
      .execute();
    expect(instalments.map((i) => Number(i.paid))).toEqual([10_000, 5_000, 0]);
    const feed = await db.selectFrom('feed_events').select(['event_type', 'payload']).execute();
    expect(feed.map((f) => f.payload)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ claimId: 'SCHOOL-1001-1', amount: 10_500, date: '2026-03-03' }),
        expect.objectContaining({ claimId: 'PARKEREN-1001-2', amount: 4_500 }),
      ]),
    );
    expect(new Set(feed.map((f) => f.event_type))).toEqual(new Set(['allocation']));
  });

  it('the claims overview counts EvS allocations as paid', async () => {
    const r = await overview(t.database, t.scope(), plan.debtorId, '2026-03-04');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.claims.map((c) => [c.claimId, c.paid, c.open])).toEqual(
      expect.arrayContaining([
        ['SCHOOL-1001-1', 10_500, 10_500],
        ['PARKEREN-1001-2', 4_500, 4_500],
      ]),
    );
    expect(r.value.totals.paid).toBe(15_000);
  });

  it('the same statement twice changes nothing', async () => {
    const before = await counts();
    const r = await importStatement(t.database, t.scope(), {
      bytes: coda(1, 0, [
        pay('REF-1', 15_000, plan.reference),
        { ...pay('REF-2', -2_000, plan.reference), communication: { kind: 'text', text: 'kosten' } },
      ]),
      fileName: 'day1-again.cod',
    });
    expect(r).toEqual({
      ok: true,
      value: { lines: 2, duplicates: 2, matched: 0, unmatched: 0, allocated: 0 },
    });
    expect(await counts()).toEqual(before);
  });

  it('skips a line seen before inside a new statement (camt.053 repeating a CODA line)', async () => {
    const before = await counts();
    const xml = writeCamt053('08', 'MSG-1', '2026-03-04T20:00:00', [
      {
        id: 'STMT-CAMT-1',
        sequence: 2,
        iban: ACCOUNT,
        openingBalance: 13_000,
        openingDate: '2026-03-03',
        closingDate: '2026-03-04',
        entries: [
          {
            ref: 'REF-1',
            amount: 15_000,
            bookingDate: '2026-03-03',
            valueDate: '2026-03-03',
            reference: { kind: 'ogm', value: plan.reference },
          },
        ],
      },
    ]);
    const r = await importStatement(t.database, t.scope(), {
      bytes: new TextEncoder().encode(xml),
      fileName: 'x.xml',
    });
    expect(r.ok && r.value.duplicates).toBe(0);
    // camt bank references are account-qualified, so the same bank line in another format is a new reference
    expect(r.ok && r.value.lines).toBe(1);
    expect((await counts()).statements).toBe(before.statements + 1);
  });

  it('rejects a statement whose balance does not add up with a clear message and writes nothing', async () => {
    const before = await counts();
    const r = await importStatement(t.database, t.scope('en'), {
      bytes: coda(7, 500_000, [pay('REF-BAD', 10_000, plan.reference)], 1),
      fileName: 'bad.cod',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('statement_balance_mismatch');
      expect(r.error.message).toMatch(/^bad\.cod.*rejected/);
    }
    expect(await counts()).toEqual(before);
  });

  it('rejects a truncated file, an account with a wrong check digit, non-UTF-8 binary and an XML bomb, writing nothing', async () => {
    const before = await counts();
    const good = new TextDecoder().decode(coda(8, 0, [pay('REF-T', 10_000, plan.reference)]));
    const truncated = good.split('\r\n').slice(0, -3).join('\r\n');
    const wrongCheck = good.replaceAll(ACCOUNT.slice(4), `${ACCOUNT.slice(4, -1)}2`);
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><Document>&lol2;</Document>`;
    const cases: [Uint8Array, string][] = [
      [new TextEncoder().encode(truncated), 'statement_truncated'],
      [new TextEncoder().encode(wrongCheck), 'statement_account_check_digits'],
      [new Uint8Array([0x30, 0x00, 0xff, 0xfe, 0x81, 0x01]), 'statement_unreadable'],
      [new TextEncoder().encode(bomb), 'statement_xml_forbidden'],
    ];
    for (const [bytes, code] of cases) {
      const r = await importStatement(t.database, t.scope(), { bytes, fileName: 'f' });
      expect(r.ok ? 'accepted' : r.error.code).toBe(code);
      expect(r.ok ? '' : r.error.message.length).toBeGreaterThan(20);
    }
    expect(await counts()).toEqual(before);
  });
});
