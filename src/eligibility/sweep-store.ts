/**
 * Set-based SQL for sweeps: the population (everyone with open claims) numbered once, read back in
 * batches with the facts valid on the date and the previous outcome; decisions come back by COPY and are
 * merged into the current outcomes and the worklist in one statement each.
 */
import { sql } from 'kysely';
import type { Fact } from '../kernel/eligibility/facts.ts';
import type { Profile } from '../kernel/eligibility/ruleset.ts';
import type { Executor } from '../platform/db.ts';

export const DECISION_COLUMNS = [
  'sweep_id',
  'organisation_id',
  'debtor_id',
  'eligible',
  'profile',
  'score',
  'open_cents',
  'departments',
  'rights',
  'change',
  'explanation',
] as const;

export const GRANT_COLUMNS = [
  'organisation_id',
  'debtor_id',
  'right_code',
  'period_from',
  'period_to',
  'granted',
  'evaluation_date',
  'sweep_id',
] as const;

/** Numbers everyone with a positive open balance (merged-away debtors excluded); returns how many. */
export async function fillPopulation(db: Executor, orgId: string, key: string): Promise<number> {
  const r = await sql`
    INSERT INTO eligibility_population (sweep_id, organisation_id, seq, debtor_id, open_cents, departments)
    SELECT ${key}::uuid, ${orgId}::uuid, (row_number() OVER (ORDER BY c.debtor_id))::int, c.debtor_id,
      sum(greatest(c.principal + c.charges - c.paid, 0))::bigint, count(DISTINCT c.department_id)::int
    FROM claims c
    JOIN debtors p ON p.id = c.debtor_id AND p.merged_into IS NULL
    WHERE c.organisation_id = ${orgId} AND c.status = 'open'
    GROUP BY c.debtor_id
    HAVING sum(greatest(c.principal + c.charges - c.paid, 0)) > 0`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

export async function clearPopulation(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('eligibility_population').where('sweep_id', '=', key).execute();
}

export interface Previous {
  readonly eligible: boolean;
  readonly profile: Profile;
  readonly rights: readonly string[];
}

export interface PopulationPerson {
  readonly debtorId: string;
  readonly openCents: number;
  readonly departments: number;
  readonly previous: Previous | null;
  readonly facts: Fact[];
}

/** People seq ∈ [from, to] with their facts valid on `date` and their current outcome. */
export async function readPopulationBatch(
  db: Executor,
  orgId: string,
  key: string,
  from: number,
  to: number,
  date: string,
): Promise<PopulationPerson[]> {
  const people = await sql<{
    seq: number;
    debtor_id: string;
    open_cents: number;
    departments: number;
    eligible: boolean | null;
    profile: Profile | null;
    rights: string[] | null;
  }>`
    SELECT p.seq, p.debtor_id, p.open_cents, p.departments, c.eligible, c.profile, c.rights
    FROM eligibility_population p
    LEFT JOIN eligibility_current c ON c.organisation_id = ${orgId} AND c.debtor_id = p.debtor_id
    WHERE p.sweep_id = ${key}::uuid AND p.seq BETWEEN ${from} AND ${to}
    ORDER BY p.seq`.execute(db);
  const facts = await sql<{ seq: number; data: Fact }>`
    SELECT p.seq, f.data
    FROM eligibility_population p
    JOIN eligibility_facts f ON f.debtor_id = p.debtor_id
    WHERE p.sweep_id = ${key}::uuid AND p.seq BETWEEN ${from} AND ${to}
      AND f.organisation_id = ${orgId}
      AND f.period_from <= ${date}::date AND (f.period_to IS NULL OR f.period_to >= ${date}::date)`.execute(
    db,
  );
  const out: PopulationPerson[] = new Array(people.rows.length);
  for (let i = 0; i < people.rows.length; i++) {
    const r = people.rows[i] as (typeof people.rows)[number];
    out[i] = {
      debtorId: r.debtor_id,
      openCents: Number(r.open_cents),
      departments: r.departments,
      previous:
        r.eligible === null || r.profile === null
          ? null
          : { eligible: r.eligible, profile: r.profile, rights: r.rights ?? [] },
      facts: [],
    };
  }
  for (const f of facts.rows) out[f.seq - from]?.facts.push(f.data);
  return out;
}

export async function deleteSweepOutput(db: Executor, sweepId: string): Promise<void> {
  await db.deleteFrom('eligibility_right_grants').where('sweep_id', '=', sweepId).execute();
  await db.deleteFrom('eligibility_decisions').where('sweep_id', '=', sweepId).execute();
  await clearPopulation(db, sweepId);
}

/** Worklist entries for changed outcomes, before the current outcomes move on (profile_before). */
export async function decisionsToWorklist(db: Executor, orgId: string, sweepId: string): Promise<number> {
  const r = await sql`
    INSERT INTO eligibility_worklist
      (organisation_id, debtor_id, reason, sweep_id, profile_before, profile_after, eligible_after, dedupe_key)
    SELECT d.organisation_id, d.debtor_id, d.change, d.sweep_id, c.profile, d.profile, d.eligible,
      'sweep:' || d.sweep_id || ':' || d.debtor_id
    FROM eligibility_decisions d
    LEFT JOIN eligibility_current c ON c.organisation_id = d.organisation_id AND c.debtor_id = d.debtor_id
    WHERE d.sweep_id = ${sweepId}::uuid AND d.organisation_id = ${orgId}
      AND (d.change IN ('new_eligible', 'no_longer_eligible') OR (d.change = 'profile_changed' AND d.eligible))
    ON CONFLICT (organisation_id, dedupe_key) DO NOTHING`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

/** Moves the current outcome of everyone whose decision changed; `since` moves unless only rights changed. */
export async function advanceCurrent(
  db: Executor,
  orgId: string,
  sweepId: string,
  date: string,
): Promise<void> {
  await sql`
    INSERT INTO eligibility_current (organisation_id, debtor_id, eligible, profile, rights, since, last_change, sweep_id)
    SELECT organisation_id, debtor_id, eligible, profile, rights, ${date}::date, change, sweep_id
    FROM eligibility_decisions
    WHERE sweep_id = ${sweepId}::uuid AND organisation_id = ${orgId} AND change <> 'unchanged'
    ON CONFLICT (organisation_id, debtor_id) DO UPDATE SET
      eligible = excluded.eligible, profile = excluded.profile, rights = excluded.rights,
      since = CASE WHEN excluded.last_change = 'rights_changed' THEN eligibility_current.since ELSE excluded.since END,
      last_change = excluded.last_change, sweep_id = excluded.sweep_id`.execute(db);
}
