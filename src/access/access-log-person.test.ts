import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDepartment } from '../organisations/service.ts';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import { debtorIdOf, ELS_NN, importCsv, JAN_NN, PARKING_CSV } from './access.test-support.ts';
import { actorsNamed, debtorsNamed } from './access-log-person.ts';
import { insertAccessLog } from './access-log-store.ts';
import { accessLogPage } from './service.ts';
import { createUser } from './user-service.ts';

let t: TestDatabase;
let frank: string;
beforeAll(async () => {
  t = await createTestDatabase();
  await addDepartment(t.database, t.scope(), 'PARKEREN', 'Parkeren');
  await importCsv(t.database, t.scope(), 'PARKEREN', PARKING_CSV);
  const r = await createUser(t.database, t.scope(), {
    login: 'frank@stad',
    displayName: 'Frank Financiën',
    password: 'correct horse battery',
    roles: ['finance'],
  });
  if (!r.ok) throw new Error(r.error.message);
  frank = `user:${r.value.id}`;
});
afterAll(() => t.close());

describe('the access log person filter', () => {
  it('finds a person by national number in any notation, or by a name fragment', async () => {
    const jan = await debtorIdOf(t.database, t.orgId, JAN_NN);
    expect(await debtorsNamed(t.database, t.scope(), '85.07.30-997.34')).toEqual([jan]);
    expect(await debtorsNamed(t.database, t.scope(), 'testmans')).toEqual([jan]);
    expect(await debtorsNamed(t.database, t.scope(), 'Proef')).toHaveLength(1);
    expect(await debtorsNamed(t.database, t.scope(), '%')).toEqual([]);
  });

  it('finds a staff member by a fragment of the name or login, or by the label as stored', async () => {
    expect(await actorsNamed(t.database, t.scope(), 'financiën')).toEqual([frank]);
    expect(await actorsNamed(t.database, t.scope(), 'frank@')).toEqual([frank]);
    expect(await actorsNamed(t.database, t.scope(), frank)).toEqual([frank]);
    expect(await actorsNamed(t.database, t.scope(), 'system')).toEqual(['system']);
    expect(await actorsNamed(t.database, t.scope(), 'Nobody here')).toEqual([]);
  });
});

describe('the access log search, paged and sorted on the server', () => {
  it('pages through one person’s lines newest first (or oldest first), with the total and names', async () => {
    const jan = await debtorIdOf(t.database, t.orgId, JAN_NN);
    const els = await debtorIdOf(t.database, t.orgId, ELS_NN);
    const line = (subject: string, actor: string, i: number) => ({
      orgId: t.orgId,
      actor,
      actorRole: 'finance',
      subjectDebtorId: subject,
      action: 'overview.read',
      purpose: `p${i}`,
      requestId: null,
    });
    for (let i = 0; i < 7; i++)
      await insertAccessLog(t.database.db, [line(jan, i % 2 ? frank : 'system', i)]);
    await insertAccessLog(t.database.db, [line(els, frank, 99)]);

    const janIds = await debtorsNamed(t.database, t.scope(), '85073099734');
    const first = await accessLogPage(t.database, t.scope(), { debtorIds: janIds, limit: 3 });
    expect(first.total).toBe(7);
    expect(first.entries.map((e) => e.purpose)).toEqual(['p6', 'p5', 'p4']);
    expect(first.entries.every((e) => e.debtorName === 'Jan Testmans')).toBe(true);
    expect(first.entries.map((e) => e.actorName)).toEqual([
      'EvS (automatisch)',
      'Frank Financiën',
      'EvS (automatisch)',
    ]);
    const last = await accessLogPage(t.database, t.scope(), { debtorIds: janIds, limit: 3, offset: 6 });
    expect(last.entries.map((e) => e.purpose)).toEqual(['p0']);
    const oldest = await accessLogPage(t.database, t.scope(), {
      debtorIds: janIds,
      limit: 2,
      order: 'oldest',
    });
    expect(oldest.entries.map((e) => e.purpose)).toEqual(['p0', 'p1']);

    // by staff member: Frank's lines about anyone; with the person too, only Jan's
    const franks = await actorsNamed(t.database, t.scope(), 'Frank');
    expect((await accessLogPage(t.database, t.scope(), { actors: franks })).total).toBe(4);
    expect((await accessLogPage(t.database, t.scope(), { actors: franks, debtorIds: janIds })).total).toBe(3);
    // nobody found is no line at all, never every line
    expect(await accessLogPage(t.database, t.scope(), { debtorIds: [] })).toMatchObject({
      total: 0,
      entries: [],
    });
    expect(await accessLogPage(t.database, t.scope(), { actors: [] })).toMatchObject({
      total: 0,
      entries: [],
    });
  });
});
