import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CREDIT } from '../payments/demo-service.ts';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import { loadDemoCity } from './service.ts';

const TODAY = '2026-11-24';
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await loadDemoCity(t.database, t.scope(), { today: TODAY, people: 60, claims: 240, seed: 3 });
}, 120_000);
afterAll(() => t?.close());

const count = async (query: ReturnType<typeof sql<{ n: number }>>) =>
  (await query.execute(t.database.db)).rows[0]?.n;

describe('the demo city shows every capability', () => {
  it('has EvS files and plans, one of them paid through EvS', async () => {
    expect(await count(sql`SELECT count(*)::int AS n FROM evs_files`)).toBeGreaterThanOrEqual(3);
    expect(
      await count(
        sql`SELECT count(*)::int AS n FROM plans WHERE status IN ('accepted', 'active', 'completed')`,
      ),
    ).toBeGreaterThanOrEqual(3);
  });

  it('has a bank history: allocations, one unmatched line and a credit', async () => {
    const lines = await sql<{ status: string; n: number; surplus: number }>`
      SELECT status, count(*)::int AS n, sum(surplus)::int AS surplus FROM payments GROUP BY status ORDER BY status`.execute(
      t.database.db,
    );
    expect(lines.rows).toEqual([
      { status: 'allocated', n: 2, surplus: DEMO_CREDIT },
      { status: 'unmatched', n: 1, surplus: 0 },
    ]);
    const allocated = await count(sql`SELECT sum(amount)::int AS n FROM payment_allocations`);
    const paid = await count(
      sql`SELECT sum(amount - surplus)::int AS n FROM payments WHERE status = 'allocated'`,
    );
    expect(allocated).toBeGreaterThan(0);
    expect(allocated).toBe(paid);
    expect(await count(sql`SELECT count(*)::int AS n FROM plans WHERE status = 'completed'`)).toBe(1);
  });

  it('has a hub conversation linked to a debtor, with a balance request awaiting an answer', async () => {
    const messages = await sql<{ type: string; linked: boolean; answered: boolean }>`
      SELECT type, debtor_id IS NOT NULL AS linked, answered_on IS NOT NULL AS answered
      FROM hub_messages ORDER BY sent_on, type`.execute(t.database.db);
    expect(messages.rows.map((m) => m.type)).toEqual(['notice-public', 'notice-answer', 'balance-request']);
    expect(messages.rows[0]?.linked).toBe(true);
    expect(messages.rows[0]?.answered).toBe(true);
    expect(messages.rows[2]?.answered).toBe(false);
    expect(await count(sql`SELECT count(DISTINCT conversation_id)::int AS n FROM hub_messages`)).toBe(1);
  });
});
