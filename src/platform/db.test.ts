import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import { copyLine } from './copy-text.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe('database', () => {
  it('returns bigint as number, date and numeric as text on both engines', async () => {
    const r = await sql<{ big: number; day: string; num: string; at: Date }>`
      SELECT 9007199254740991::bigint AS big, DATE '2026-02-28' AS day, 12.50::numeric AS num, now() AS at`.execute(
      t.database.db,
    );
    expect(r.rows[0]).toMatchObject({ big: 9007199254740991, day: '2026-02-28', num: '12.50' });
    expect(r.rows[0]?.at).toBeInstanceOf(Date);
  });

  it('bulk-loads COPY text with escapes and nulls', async () => {
    await sql`CREATE TABLE copy_probe (a text, b integer, c text)`.execute(t.database.db);
    const lines = [copyLine(['tab\there', 1, null]), copyLine(['back\\slash\nnewline', 2, 'x'])];
    expect(await t.database.copyInto('copy_probe', ['a', 'b', 'c'], lines)).toBe(2);
    const rows = await sql<{
      a: string;
      b: number;
      c: string | null;
    }>`SELECT * FROM copy_probe ORDER BY b`.execute(t.database.db);
    expect(rows.rows).toEqual([
      { a: 'tab\there', b: 1, c: null },
      { a: 'back\\slash\nnewline', b: 2, c: 'x' },
    ]);
  });

  it('keeps the event loop free while the database works (the embedded engine runs in a worker)', async () => {
    const slow = sql`SELECT pg_sleep(1.5)`.execute(t.database.db);
    const started = Date.now();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 50);
    await slow;
    clearInterval(timer);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
    // a blocked thread would tick once at most; a free one about 30 times
    expect(ticks).toBeGreaterThan(15);
  });

  it('rolls back a whole transaction', async () => {
    await expect(
      t.database.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('departments')
          .values({ organisation_id: t.orgId, code: 'ROLLBACK', name: 'x' })
          .execute();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const found = await t.database.db
      .selectFrom('departments')
      .select('id')
      .where('code', '=', 'ROLLBACK')
      .execute();
    expect(found).toEqual([]);
  });
});
