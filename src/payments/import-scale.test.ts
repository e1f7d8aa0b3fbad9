/**
 * The import on real-world shapes: globalised CODA movements matched detail by detail, statements in
 * other currencies, concurrent posts of one statement, and a statement of 100,000 lines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ogmFromBase } from '../kernel/ogm.ts';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import { writeCamt053 } from './camt053-writer.ts';
import { type CodaMovementInput, type CodaStatementInput, writeCoda } from './coda-writer.ts';
import { generateCamt053 } from './generate-statements.ts';
import { importStatement } from './import-service.ts';
import { createPlanFixture, type FixturePlan } from './plan-fixture-store.ts';

const ACCOUNT = 'BE43068999999501';
let t: TestDatabase;
let plan: FixturePlan;
let other: FixturePlan;

const enc = (text: string): Uint8Array => new TextEncoder().encode(text);

function coda(movements: CodaMovementInput[], extra: Partial<CodaStatementInput> = {}): Uint8Array {
  return enc(
    writeCoda([
      {
        iban: ACCOUNT,
        holderName: 'GEMEENTE TESTDORP',
        creationDate: '2026-03-03',
        codaSequence: 7,
        openingBalance: 0,
        openingDate: '2026-03-02',
        closingDate: '2026-03-03',
        movements,
        ...extra,
      },
    ]),
  );
}

const detail = (ogm: string, amount: number, name: string, iban: string): CodaMovementInput => ({
  bankReference: 'GLOB-1',
  amount,
  entryDate: '2026-03-03',
  valueDate: '2026-03-03',
  transactionCode: '50150000',
  communication: { kind: 'ogm', digits: ogm },
  counterparty: { iban, name },
});

const globalised = (details: CodaMovementInput[], total: number): CodaMovementInput => ({
  bankReference: 'GLOB-1',
  amount: total,
  entryDate: '2026-03-03',
  valueDate: '2026-03-03',
  transactionCode: '10150000',
  communication: { kind: 'text', text: 'GROEPERING VAN 2 OVERSCHRIJVINGEN' },
  details,
});

beforeAll(async () => {
  t = await createTestDatabase();
  const claims = [
    { department: 'SCHOOL', category: 'Schoolmaaltijden', principal: 50_000, dueDate: '2025-10-01' },
  ];
  plan = await createPlanFixture(t.database, t.orgId, { name: 'Jan Testmans', referenceBase: 3001, claims });
  other = await createPlanFixture(t.database, t.orgId, { name: 'An Voorbeeld', referenceBase: 3002, claims });
});
afterAll(async () => t?.close());

async function paymentsOf(statementRef: string) {
  return t.database.db
    .selectFrom('payments')
    .innerJoin('bank_statements', 'bank_statements.id', 'payments.statement_id')
    .select([
      'payments.amount',
      'payments.status',
      'payments.plan_id',
      'payments.counterparty_name',
      'bank_ref',
    ])
    .where('bank_statements.statement_ref', '=', statementRef)
    .orderBy('bank_ref')
    .execute();
}

describe('a globalised CODA movement', () => {
  it('is matched and allocated detail by detail, and a re-import finds every detail', async () => {
    const bytes = coda([
      globalised(
        [
          detail(plan.reference, 25_000, 'JAN TESTMANS', 'BE71096123456769'),
          detail(other.reference, 75_000, 'AN VOORBEELD', 'BE62510007547061'),
        ],
        100_000,
      ),
    ]);
    const r = await importStatement(t.database, t.scope(), { bytes, fileName: 'glob.cod' });
    expect(r).toEqual({
      ok: true,
      value: { lines: 2, duplicates: 0, matched: 2, unmatched: 0, allocated: 75_000 },
    });
    const rows = await paymentsOf('2026-007');
    expect(rows.map((p) => [Number(p.amount), p.status, p.plan_id, p.counterparty_name])).toEqual([
      [25_000, 'allocated', plan.planId, 'JAN TESTMANS'],
      [75_000, 'allocated', other.planId, 'AN VOORBEELD'],
    ]);
    expect(rows.map((p) => p.bank_ref)).toEqual([
      `${ACCOUNT}:2026-007:0001:GLOB-1:0001`,
      `${ACCOUNT}:2026-007:0001:GLOB-1:0002`,
    ]);
    // 25 000 of 50 000 on the first plan, the second plan's 50 000 paid in full (25 000 surplus)
    const again = await importStatement(t.database, t.scope(), { bytes, fileName: 'glob.cod' });
    expect(again).toEqual({
      ok: true,
      value: { lines: 2, duplicates: 2, matched: 0, unmatched: 0, allocated: 0 },
    });
  });

  it('whose details do not add up to it is refused naming the movement', async () => {
    const bytes = coda(
      [globalised([detail(plan.reference, 25_000, 'JAN TESTMANS', 'BE71096123456769')], 30_000)],
      { codaSequence: 8 },
    );
    const r = await importStatement(t.database, t.scope(), { bytes, fileName: 'bad-glob.cod' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('statement_detail_mismatch');
    expect(r.error.message).toContain('record 2.1 0001/0000 (GLOB-1)');
    expect(r.error.message).toContain('250.00');
  });
});

describe('currencies', () => {
  it('refuses a CODA statement of an account in CZK whole', async () => {
    const bytes = coda([detail(plan.reference, 150_000, 'JAN TESTMANS', 'BE71096123456769')], {
      currency: 'CZK',
      codaSequence: 9,
    });
    const r = await importStatement(t.database, t.scope(), { bytes, fileName: 'czk.cod' });
    expect(r.ok ? null : [r.error.code, r.error.message]).toEqual([
      'statement_currency',
      'czk.cod (regel 2, record 1): rekening in CZK: EvS verwerkt alleen euro; het hele bestand is geweigerd',
    ]);
  });

  const camt = (entryAmount: string, amtDtls = ''): Uint8Array => {
    const base = writeCamt053('08', 'FX-MSG', '2026-03-03T18:00:00', [
      {
        id: 'FX-1',
        sequence: 1,
        iban: ACCOUNT,
        openingBalance: 0,
        openingDate: '2026-03-02',
        closingDate: '2026-03-03',
        entries: [
          {
            ref: 'FX-REF-1',
            amount: 12_000,
            bookingDate: '2026-03-03',
            valueDate: '2026-03-03',
            reference: { kind: 'ogm', value: plan.reference },
          },
        ],
      },
    ]);
    const [head, entry] = base.split('<Ntry>');
    const changed = (entry ?? '').replace('<Amt Ccy="EUR">120.00</Amt>', `${entryAmount}${amtDtls}`);
    return enc(`${head}<Ntry>${changed}`);
  };

  it('refuses a camt.053 of an account in GBP whole', async () => {
    const text = new TextDecoder()
      .decode(camt('<Amt Ccy="EUR">120.00</Amt>'))
      .replaceAll('Ccy="EUR"', 'Ccy="GBP"')
      .replace('<Ccy>EUR</Ccy>', '<Ccy>GBP</Ccy>');
    const r = await importStatement(t.database, t.scope(), { bytes: enc(text), fileName: 'gbp.xml' });
    expect(r.ok ? null : r.error.code).toBe('statement_currency');
    expect(r.ok ? '' : r.error.message).toContain(
      '(Document/BkToCstmrStmt/Stmt[1]/Acct/Ccy): rekening in GBP: EvS verwerkt alleen euro',
    );
  });

  it('queues an entry booked in USD without a euro amount, marked with its currency, never allocated', async () => {
    // the balances stay in euro; the USD entry cannot count in them, so the statement books nothing in euro
    const text = new TextDecoder()
      .decode(camt('<Amt Ccy="USD">130.00</Amt>'))
      .replace(
        /<Cd>CLBD<\/Cd><\/CdOrPrtry><\/Tp><Amt Ccy="EUR">120.00/,
        '<Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">0.00',
      );
    const r = await importStatement(t.database, t.scope(), { bytes: enc(text), fileName: 'usd.xml' });
    expect(r).toEqual({
      ok: true,
      value: { lines: 1, duplicates: 0, matched: 0, unmatched: 1, allocated: 0 },
    });
    const row = await t.database.db
      .selectFrom('payments')
      .select(['status', 'problem', 'plan_id'])
      .where('bank_ref', '=', `${ACCOUNT}:FX-REF-1`)
      .executeTakeFirstOrThrow();
    expect([row.status, row.plan_id]).toEqual(['unmatched', null]);
    expect(JSON.stringify(row.problem)).toContain('bedrag in USD');
  });

  it('uses the euro amount the bank gives (AmtDtls) for an entry in another currency', async () => {
    const text = new TextDecoder()
      .decode(
        camt(
          '<Amt Ccy="USD">130.00</Amt>',
          '<AmtDtls><InstdAmt><Amt Ccy="USD">130.00</Amt></InstdAmt><CntrValAmt><Amt Ccy="EUR">120.00</Amt></CntrValAmt></AmtDtls>',
        ),
      )
      .replace('FX-1', 'FX-2')
      .replace('FX-REF-1', 'FX-REF-2');
    const r = await importStatement(t.database, t.scope(), { bytes: enc(text), fileName: 'usd-eur.xml' });
    expect(r).toEqual({
      ok: true,
      value: { lines: 1, duplicates: 0, matched: 1, unmatched: 0, allocated: 12_000 },
    });
  });
});

describe('large and concurrent statements', () => {
  it('answers four concurrent posts of one statement like a sequential re-import', async () => {
    const ogms = [plan.reference, other.reference];
    const bytes = enc(
      generateCamt053('08', { lineCount: 40, ogms, seed: 11, account: ACCOUNT, firstDate: '2026-04-01' }),
    );
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => importStatement(t.database, t.scope(), { bytes, fileName: 'same.xml' })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const values = results.flatMap((r) => (r.ok ? [r.value] : []));
    expect(values.filter((v) => v.duplicates === 0)).toHaveLength(1);
    expect(values.filter((v) => v.duplicates === 40)).toHaveLength(3);
    expect(values.reduce((n, v) => n + v.matched + v.unmatched, 0)).toBe(40);
  });

  it('imports a camt.053 of 100,000 lines', async () => {
    const ogms = Array.from({ length: 200 }, (_, i) => ogmFromBase(String(7_000_000_000 + i)));
    const bytes = enc(
      generateCamt053('08', {
        lineCount: 100_000,
        ogms,
        seed: 5,
        account: 'BE71096123456769',
        linesPerStatement: 100_000,
      }),
    );
    const r = await importStatement(t.database, t.scope(), { bytes, fileName: 'big.xml' });
    expect(r.ok ? r.value.lines : r.error.message).toBe(100_000);
    if (r.ok) expect(r.value.unmatched).toBe(100_000);
    const stored = await t.database.db
      .selectFrom('payments')
      .select((e) => e.fn.countAll<number>().as('n'))
      .where('account', '=', 'BE71096123456769')
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(100_000);
  }, 300_000);
});
