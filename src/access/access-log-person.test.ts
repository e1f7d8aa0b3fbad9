import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDepartment } from '../organisations/service.ts';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import { debtorIdOf, importCsv, JAN_NN, PARKING_CSV } from './access.test-support.ts';
import { debtorsNamed } from './access-log-person.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await addDepartment(t.database, t.scope(), 'PARKEREN', 'Parkeren');
  await importCsv(t.database, t.scope(), 'PARKEREN', PARKING_CSV);
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
});
