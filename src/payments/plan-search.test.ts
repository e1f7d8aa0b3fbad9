import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signedInUser } from '../access/access.test-support.ts';
import { formatOgm, ogmFromBase } from '../kernel/ogm.ts';
import { startTestServer, type TestServer } from '../testing/server.ts';
import { createPlanFixture, type FixturePlan } from './plan-fixture-store.ts';
import { planQueryOf } from './plan-search-store.ts';

let server: TestServer;
let finance: SignedIn;
let clerk: SignedIn;
let an: FixturePlan;
let bo: FixturePlan;

beforeAll(async () => {
  server = await startTestServer();
  const scope = server.db.scope();
  finance = await signedInUser(server.db.database, scope, 'fin@s', ['finance']);
  clerk = await signedInUser(server.db.database, scope, 'clerk@s', ['clerk'], { departments: ['SCHOOL'] });
  const fixture = (name: string, referenceBase: number) =>
    createPlanFixture(server.db.database, server.db.orgId, {
      name,
      referenceBase,
      claims: [
        { department: 'SCHOOL', category: 'Schoolmaaltijden', principal: 6_000, dueDate: '2025-09-01' },
      ],
      instalments: [{ dueDate: '2026-05-01', amount: 6_000 }],
    });
  an = await fixture('An Proefpersoon', 7001);
  bo = await fixture('Bo Voorbeeld', 7002);
});
afterAll(async () => server?.close());

const search = (who: SignedIn, q: string) =>
  server.app.inject({ url: `/api/v1/payments/plan-search?q=${encodeURIComponent(q)}`, headers: who.headers });

describe('finding a plan to assign a payment to', () => {
  it('reads what the text asks for', () => {
    expect(planQueryOf('+++000/0007/00117+++')).toEqual({ kind: 'ogm', digits: ogmFromBase(7001) });
    expect(planQueryOf('+++000/0007/00118+++')).toEqual({ kind: 'digits', digits: '000000700118' });
    expect(planQueryOf('7001')).toEqual({ kind: 'digits', digits: '7001' });
    expect(planQueryOf('12')).toBeNull();
    expect(planQueryOf('b')).toBeNull();
    expect(planQueryOf(' voorb ')).toEqual({ kind: 'name', text: 'voorb' });
  });

  it('finds by OGM in any notation, by a part of it, and by name; refuses a clerk and a too short text', async () => {
    for (const q of [
      formatOgm(an.reference),
      an.reference,
      `***${formatOgm(an.reference).slice(3, -3)}***`,
    ]) {
      const r = await search(finance, q);
      expect(r.statusCode).toBe(200);
      expect(r.json().plans.map((p: { id: string }) => p.id)).toEqual([an.planId]);
    }
    const part = await search(finance, an.reference.slice(6, 10));
    expect(part.json().plans.map((p: { id: string }) => p.id)).toEqual([an.planId]);
    const byName = (await search(finance, 'VOORBEELD')).json().plans;
    expect(byName).toEqual([
      {
        id: bo.planId,
        reference: bo.reference,
        debtorName: 'Bo Voorbeeld',
        status: expect.any(String),
        open: 6_000,
      },
    ]);
    expect((await search(finance, '100%')).json().plans).toEqual([]);
    expect((await search(finance, 'x')).statusCode).toBe(422);
    expect((await search(clerk, 'Voorbeeld')).statusCode).toBe(403);
  });
});
