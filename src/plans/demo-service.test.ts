import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../testing/db.ts';
import { loadDemoPlans } from './demo-service.ts';
import { planTestDatabase } from './fixtures.test-support.ts';

let t: TestDatabase;
beforeAll(async () => {
  ({ t } = await planTestDatabase());
});
afterAll(() => t.close());

describe('loadDemoPlans', () => {
  it('gives the busiest person a file and an accepted plan with a first payment', async () => {
    expect(await loadDemoPlans(t.database, t.scope(), '2026-11-24')).toEqual({
      files: 1,
      plans: 1,
      accepted: 1,
    });
    const plan = await t.database.db
      .selectFrom('plans')
      .select(['status', 'paid', 'start_amount'])
      .executeTakeFirstOrThrow();
    expect(plan.status).toBe('active');
    expect(plan.paid).toBe(5000);
    expect(plan.start_amount).toBe(60000);
  });
});
