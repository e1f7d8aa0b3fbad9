import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDepartment } from '../organisations/service.ts';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import { cleanInterruptedImports, insertImport } from './import-store.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe('cleanInterruptedImports', () => {
  it('leaves an import whose process still beats alone and cleans up one whose heartbeat went stale', async () => {
    const department = await addDepartment(t.database, t.scope(), 'SCHOOL', 'Scholen');
    if (!department.ok) throw new Error(department.error.message);
    const key = (id: string) => ({ importId: id, orgId: t.orgId, departmentId: department.value.id });
    const live = randomUUID();
    const dead = randomUUID();
    await insertImport(t.database.db, key(live), 'live.csv', 'all_or_nothing');
    await insertImport(t.database.db, key(dead), 'dead.csv', 'all_or_nothing');
    await sql`UPDATE claim_imports SET heartbeat_at = now() - interval '10 minutes' WHERE id = ${dead}`.execute(
      t.database.db,
    );
    expect(await cleanInterruptedImports(t.database.db)).toBe(1);
    const statuses = await t.database.db.selectFrom('claim_imports').select(['id', 'status']).execute();
    expect(new Map(statuses.map((s) => [s.id, s.status]))).toEqual(
      new Map([
        [live, 'running'],
        [dead, 'interrupted'],
      ]),
    );
  });
});
