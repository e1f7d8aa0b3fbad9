import { createHash } from 'node:crypto';
import { factsOfDebtor } from '../eligibility/fact-store.ts';
import type { IsoDate } from '../kernel/dates.ts';
import type { Executor } from '../platform/db.ts';
import type { OsloSolvency } from './file-model.ts';
import { type StoredDecision, solvencyOf } from './solvency.ts';

/** A name-based (version 5 style) UUID, so the same decision always exports as the same profile node. */
function uuidFrom(name: string): string {
  const h = createHash('sha1').update(`evs:solvabiliteitsprofiel:${name}`).digest();
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x50;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** The latest eligibility decision of a debtor (eligibility_current), with the date its sweep evaluated. */
export async function latestDecision(
  db: Executor,
  orgId: string,
  debtorId: string,
): Promise<StoredDecision | null> {
  const row = await db
    .selectFrom('eligibility_current as c')
    .innerJoin('eligibility_sweeps as s', 's.id', 'c.sweep_id')
    .select(['c.profile', 'c.since', 'c.sweep_id', 's.evaluation_date'])
    .where('c.organisation_id', '=', orgId)
    .where('c.debtor_id', '=', debtorId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: uuidFrom(`${debtorId}:${row.sweep_id}`),
    profile: row.profile,
    since: row.since,
    evaluatedOn: row.evaluation_date,
  };
}

export async function solvencyForExport(
  db: Executor,
  orgId: string,
  debtorId: string,
  today: IsoDate,
): Promise<OsloSolvency | null> {
  const decision = await latestDecision(db, orgId, debtorId);
  const facts = await factsOfDebtor(db, orgId, debtorId);
  return solvencyOf(decision, facts, today);
}
