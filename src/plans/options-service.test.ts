import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../testing/db.ts';
import { openFile } from './file-service.ts';
import { CONSENT, planTestDatabase } from './fixtures.test-support.ts';
import { computePlanOptions } from './options-service.ts';

const TODAY = '2026-11-24';
let t: TestDatabase;
let fileId: string;

beforeAll(async () => {
  let debtorId: string;
  ({ t, debtorId } = await planTestDatabase());
  const file = await openFile(t.database, t.scope(), { debtorId, consent: CONSENT }, TODAY);
  if (!file.ok) throw new Error('file');
  fileId = file.value.fileId;
});
afterAll(() => t.close());

const household = { adults: 1, children: 0 };
const flagged = async () => {
  const file = await t.database.db
    .selectFrom('evs_files')
    .select(['referral', 'referral_details'])
    .where('id', '=', fileId)
    .executeTakeFirstOrThrow();
  const audits = await t.database.db
    .selectFrom('audit_events')
    .select(['action', 'actor'])
    .where('subject_id', '=', fileId)
    .where('action', '=', 'plans.file_flagged_for_referral')
    .execute();
  return { referral: file.referral, details: file.referral_details, audits };
};

describe('plan options (a service: computing may flag the file for referral)', () => {
  it('computes options on the open amount and changes nothing when a term fits', async () => {
    const r = await computePlanOptions(
      t.database,
      t.scope(),
      fileId,
      { affordability: { netIncome: 200_000, household, fixedCosts: [{ label: 'huur', amount: 60_000 }] } },
      TODAY,
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.startAmount).toBe(60_000);
    expect(r.value.options[0]).toMatchObject({ basis: 'capacity', monthly: 35_180, months: 2 });
    expect(r.value.referral).toBeNull();
    expect(await flagged()).toEqual({ referral: false, details: null, audits: [] });
  });

  it('flags the file for referral when no term fits, once, audited, with the figures it answered', async () => {
    const input = { affordability: { netIncome: 95_000, household, fixedCosts: [] }, terms: [6, 12] };
    const r = await computePlanOptions(t.database, t.scope('nl', 'user:fin'), fileId, input, TODAY);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.referral).toMatchObject({ startAmount: 60_000, capacity: r.value.affordability.capacity });
    const after = await flagged();
    expect(after).toMatchObject({ referral: true, details: r.value.referral });
    expect(after.audits).toEqual([{ action: 'plans.file_flagged_for_referral', actor: 'user:fin' }]);
    // computing again answers the same and does not flag or audit twice
    const again = await computePlanOptions(t.database, t.scope(), fileId, input, TODAY);
    expect(again.ok && again.value.referral).toEqual(r.value.referral);
    expect((await flagged()).audits).toHaveLength(1);
  });

  it('an unknown file is not found and nothing is written', async () => {
    const before = await t.database.db.selectFrom('audit_events').select('id').execute();
    const r = await computePlanOptions(
      t.database,
      t.scope('en'),
      randomUUID(),
      { affordability: { netIncome: 95_000, household, fixedCosts: [] } },
      TODAY,
    );
    expect(!r.ok && r.error).toMatchObject({ kind: 'not_found', code: 'unknown_file' });
    expect(await t.database.db.selectFrom('audit_events').select('id').execute()).toEqual(before);
  });
});
