import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signedInUser } from '../access/access.test-support.ts';
import { startTestServer, type TestServer } from '../testing/server.ts';
import { writeCamt053 } from './camt053-writer.ts';
import { createPlanFixture, type FixturePlan } from './plan-fixture-store.ts';

let server: TestServer;
let finance: SignedIn;
let clerk: SignedIn;
let plan: FixturePlan;

const statement = (opening: number, closingExtra = 0) =>
  writeCamt053('02', 'MSG-R1', '2026-05-02T20:00:00', [
    {
      id: 'STMT-R1',
      sequence: 1,
      iban: 'BE43068999999501',
      openingBalance: opening,
      openingDate: '2026-05-01',
      closingDate: '2026-05-02',
      entries: [
        {
          ref: 'R-1',
          amount: 4_000,
          bookingDate: '2026-05-02',
          valueDate: '2026-05-02',
          reference: { kind: 'ogm', value: plan.reference },
        },
        {
          ref: 'R-2',
          amount: 1_500 + closingExtra,
          bookingDate: '2026-05-02',
          valueDate: '2026-05-02',
          counterparty: { name: 'Bart Monster', iban: 'BE62510007547061' },
          unstructured: 'voor Bart',
        },
      ],
    },
  ]).replace(
    /(<Cd>CLBD<\/Cd>[\s\S]*?<Amt[^>]*>)([\d.]+)/,
    (_m, head: string, amt: string) => `${head}${(Number(amt) - closingExtra / 100).toFixed(2)}`,
  );

async function upload(who: SignedIn, body: string) {
  return server.app.inject({
    method: 'POST',
    url: '/api/v1/payments/statements?fileName=day.xml',
    headers: { ...who.headers, 'content-type': 'application/xml' },
    payload: body,
  });
}

beforeAll(async () => {
  server = await startTestServer();
  const scope = server.db.scope();
  finance = await signedInUser(server.db.database, scope, 'fin@a', ['finance']);
  clerk = await signedInUser(server.db.database, scope, 'clerk@a', ['clerk'], { departments: ['SCHOOL'] });
  plan = await createPlanFixture(server.db.database, server.db.orgId, {
    name: 'Bart Monster',
    referenceBase: 3001,
    claims: [{ department: 'SCHOOL', category: 'Schoolmaaltijden', principal: 8_000, dueDate: '2025-09-01' }],
    instalments: [
      { dueDate: '2026-05-01', amount: 4_000 },
      { dueDate: '2026-06-01', amount: 4_000 },
    ],
  });
});
afterAll(async () => server?.close());

describe('payments API', () => {
  it('refuses a clerk; rejects a bad balance with 422 and nothing written', async () => {
    expect((await upload(clerk, statement(0))).statusCode).toBe(403);
    const bad = await upload(finance, statement(0, 1));
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.code).toBe('statement_balance_mismatch');
    const french = await server.app.inject({
      method: 'POST',
      url: '/api/v1/payments/statements?fileName=jour.xml',
      headers: { ...finance.headers, 'content-type': 'application/xml', 'accept-language': 'fr-BE' },
      payload: statement(0, 1),
    });
    expect(french.statusCode).toBe(422);
    expect(french.json().error.message).toMatch(
      /^jour\.xml \(Document\/BkToCstmrStmt\/Stmt\[1\] \(Id [^)]+\)\) : solde d’ouverture OPBD [\d.]+ \+ écritures [\d.]+ = [\d.]+, mais le solde de clôture CLBD est [\d.]+ ; tout le fichier est refusé$/,
    );
    const n = await server.db.database.db
      .selectFrom('payments')
      .select((e) => e.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(0);
  });

  it('imports, queues, assigns with a reason and shows the history and reconciliation', async () => {
    const r = await upload(finance, statement(0));
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ lines: 2, duplicates: 0, matched: 1, unmatched: 1, allocated: 4_000 });
    const queue = await server.app.inject({ url: '/api/v1/payments/unmatched', headers: finance.headers });
    const items = queue.json().items as {
      id: string;
      suggestions: { planId: string; reasons: string[] }[];
    }[];
    expect(items).toHaveLength(1);
    expect(items[0]?.suggestions[0]?.planId).toBe(plan.planId);
    const assign = await server.app.inject({
      method: 'POST',
      url: `/api/v1/payments/${items[0]?.id}/assign`,
      headers: finance.headers,
      payload: { planId: plan.planId, reason: 'same payer, reference forgotten' },
    });
    expect(assign.json()).toEqual({ allocated: 1_500 });
    const history = (
      await server.app.inject({ url: `/api/v1/payments/plans/${plan.planId}`, headers: finance.headers })
    ).json();
    expect(history.plan).toMatchObject({ paid: 5_500, allocated: 5_500, credit: 0 });
    expect(history.instalments.map((i: { status: string }) => i.status)).toEqual(['paid', 'partly_paid']);
    expect(history.payments.map((p: { match: string }) => p.match)).toEqual(['reference', 'manual']);
    const claim = await server.app.inject({
      url: `/api/v1/payments/claims/${plan.claimIds[0]}`,
      headers: clerk.headers,
    });
    expect(claim.json().allocations.map((a: { amount: number }) => a.amount)).toEqual([4_000, 1_500]);
    const rec = await server.app.inject({
      url: '/api/v1/payments/reconciliation?from=2026-05-01&to=2026-05-31',
      headers: clerk.headers,
    });
    expect(rec.json()).toMatchObject({
      bankTotal: 5_500,
      rows: [{ kind: 'department', department: 'SCHOOL', amount: 5_500 }],
    });
    const csv = await server.app.inject({
      url: '/api/v1/payments/reconciliation.csv?from=2026-05-01&to=2026-05-31',
      headers: finance.headers,
    });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body).toContain('bank_total;2026-05-01..2026-05-31;;;;;55.00');
  });

  it('the same upload again is all duplicates', async () => {
    expect((await upload(finance, statement(0))).json()).toEqual({
      lines: 2,
      duplicates: 2,
      matched: 0,
      unmatched: 0,
      allocated: 0,
    });
  });
});
