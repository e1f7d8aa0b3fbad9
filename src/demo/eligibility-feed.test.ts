import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomeOf } from '../eligibility/decision-service.ts';
import { worklist } from '../eligibility/worklist-service.ts';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import { loadDemoCity } from './service.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe('demo city feed', () => {
  it('loads facts for the demo city and a first sweep finds candidates with every profile', async () => {
    await loadDemoCity(t.database, t.scope(), { today: '2026-03-15', people: 400, claims: 1200 });
    const facts = await t.database.db.selectFrom('eligibility_facts').select(['kind', 'debtor_id']).execute();
    const kinds = new Set(facts.map((f) => f.kind));
    expect([...kinds].sort()).toEqual(
      ['early_signal', 'household', 'income', 'social_status', 'legal_status'].sort(),
    );
    expect(facts.some((f) => f.debtor_id !== null)).toBe(true);
    const current = await t.database.db
      .selectFrom('eligibility_current')
      .select(['debtor_id', 'profile'])
      .execute();
    expect(new Set(current.map((c) => c.profile)).size).toBe(3);
    const first = current[0];
    if (!first) throw new Error('no decisions');
    expect((await outcomeOf(t.database, t.scope(), first.debtor_id)).ok).toBe(true);
    const items = await worklist(t.database, t.scope());
    expect(items.some((i) => i.reason === 'new_eligible')).toBe(true);
    expect(items.some((i) => i.reason === 'early_signal')).toBe(true);
  });
});
