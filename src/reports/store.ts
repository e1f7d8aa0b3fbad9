import { sql } from 'kysely';
import type { Executor } from '../platform/db.ts';
import type { Scope } from '../platform/scope.ts';

/** `[start, end)` of the report period as dates: first day of the first month, first day after the last. */
export interface Period {
  readonly start: string;
  readonly end: string;
}

type Visible = Pick<Scope, 'orgId' | 'departmentIds'>;

const departmentFilter = (v: Visible, column: string) =>
  v.departmentIds
    ? sql`AND ${sql.ref(column)} IN (${sql.join(v.departmentIds.length > 0 ? v.departmentIds : ['00000000-0000-0000-0000-000000000000'])})`
    : sql``;

export async function departmentCodes(db: Executor, v: Visible): Promise<string[]> {
  let q = db.selectFrom('departments').select('code').where('organisation_id', '=', v.orgId);
  if (v.departmentIds)
    q = q.where(
      'id',
      'in',
      v.departmentIds.length > 0 ? v.departmentIds : ['00000000-0000-0000-0000-000000000000'],
    );
  return (await q.orderBy('code').execute()).map((r) => r.code);
}

/** Claims a department cancelled while open, with what was still due (foundation tables: always there). */
export async function writtenOffRows(db: Executor, v: Visible, p: Period) {
  const r = await sql<{ month: string; department: string; person: string; amount: number }>`
    SELECT to_char(c.changed_at, 'YYYY-MM') AS month, d.code AS department, k.debtor_id AS person,
      greatest(0, (c.before->>'principal')::bigint + (c.before->>'charges')::bigint - (c.before->>'paid')::bigint)::float8 AS amount
    FROM claim_changes c JOIN claims k ON k.id = c.claim_id JOIN departments d ON d.id = k.department_id
    WHERE c.organisation_id = ${v.orgId} AND c.before->>'status' = 'open' AND c.after->>'status' = 'cancelled'
      AND c.changed_at >= ${p.start}::date AND c.changed_at < ${p.end}::date ${departmentFilter(v, 'k.department_id')}`.execute(
    db,
  );
  return r.rows;
}

/** EvS files with the departments of their claims. */
export async function fileRows(db: Executor, v: Visible, p: Period) {
  const r = await sql<{
    id: string;
    person: string;
    opened: string;
    closed: string | null;
    departments: string[] | null;
  }>`
    SELECT f.id, f.debtor_id AS person, to_char(f.opened_at, 'YYYY-MM-DD') AS opened,
      to_char(f.closed_at, 'YYYY-MM-DD') AS closed,
      (SELECT array_agg(DISTINCT d.code) FROM claims k JOIN departments d ON d.id = k.department_id
        WHERE k.evs_file_id = f.id ${departmentFilter(v, 'k.department_id')}) AS departments
    FROM evs_files f
    WHERE f.organisation_id = ${v.orgId} AND f.opened_at < ${p.end}::date AND (f.closed_at IS NULL OR f.closed_at >= ${p.start}::date)`.execute(
    db,
  );
  return r.rows;
}

/** Claims bundled in accepted plans, with what was open at bundling and what was allocated since. */
export async function bundledRows(db: Executor, v: Visible, p: Period) {
  const allocations = sql`(SELECT coalesce(json_agg(json_build_array(a.booking_date::text, a.amount)), '[]'::json)
    FROM payment_allocations a WHERE a.plan_id = pl.id AND a.claim_id = pc.claim_id AND a.booking_date < ${p.end}::date)`;
  const r = await sql<{
    plan: string;
    claim: string;
    person: string;
    department: string;
    accepted: string;
    ended: string | null;
    bundledOpen: number;
    dueDate: string;
    allocations: [string, number][];
  }>`
    SELECT pl.id AS plan, pc.claim_id AS claim, pl.debtor_id AS person, d.code AS department,
      to_char(pl.accepted_at, 'YYYY-MM-DD') AS accepted,
      (SELECT to_char(min(a.date_time), 'YYYY-MM-DD') FROM plan_activities a WHERE a.plan_id = pl.id AND a.type = 'Schrapping') AS ended,
      pc.bundled_open::float8 AS "bundledOpen", k.due_date::text AS "dueDate", ${allocations} AS allocations
    FROM plans pl JOIN plan_claims pc ON pc.plan_id = pl.id JOIN claims k ON k.id = pc.claim_id
    JOIN departments d ON d.id = k.department_id
    WHERE pl.organisation_id = ${v.orgId} AND pl.accepted_at IS NOT NULL AND pl.accepted_at < ${p.end}::date
      ${departmentFilter(v, 'k.department_id')}`.execute(db);
  return r.rows.map((x) => ({
    ...x,
    bundledOpen: Number(x.bundledOpen),
    allocations: x.allocations.map(([d, a]) => [d, Number(a)] as const),
  }));
}

/** Frozen claims (no new charges since bundling), by the month they were frozen. */
export async function frozenRows(db: Executor, v: Visible, p: Period) {
  const r = await sql<{ person: string; department: string; frozen: string }>`
    SELECT k.debtor_id AS person, d.code AS department, to_char(k.frozen_at, 'YYYY-MM-DD') AS frozen
    FROM claims k JOIN departments d ON d.id = k.department_id
    WHERE k.organisation_id = ${v.orgId} AND k.frozen_at IS NOT NULL AND k.frozen_at < ${p.end}::date
      ${departmentFilter(v, 'k.department_id')}`.execute(db);
  return r.rows;
}

/** Payments allocated to claims (repaid through EvS). */
export async function repaidRows(db: Executor, v: Visible, p: Period) {
  const r = await sql<{ month: string; department: string; person: string; amount: number }>`
    SELECT to_char(a.booking_date, 'YYYY-MM') AS month, d.code AS department, k.debtor_id AS person, a.amount::float8 AS amount
    FROM payment_allocations a JOIN claims k ON k.id = a.claim_id JOIN departments d ON d.id = k.department_id
    WHERE a.organisation_id = ${v.orgId} AND a.booking_date >= ${p.start}::date AND a.booking_date < ${p.end}::date
      ${departmentFilter(v, 'k.department_id')}`.execute(db);
  return r.rows.map((x) => ({ ...x, amount: Number(x.amount) }));
}

/** Charges waived on bundling and accepted right reductions (OSLO Vermindering). */
export async function waivedRows(db: Executor, v: Visible, p: Period) {
  const r = await sql<{ month: string; department: string; person: string; amount: number }>`
    SELECT to_char(x.created_at, 'YYYY-MM') AS month, d.code AS department, k.debtor_id AS person, x.amount::float8 AS amount
    FROM claim_reductions x JOIN claims k ON k.id = x.claim_id JOIN departments d ON d.id = k.department_id
    WHERE x.organisation_id = ${v.orgId} AND x.status = 'accepted' AND x.created_at >= ${p.start}::date AND x.created_at < ${p.end}::date
      ${departmentFilter(v, 'k.department_id')}`.execute(db);
  return r.rows.map((x) => ({ ...x, amount: Number(x.amount) }));
}

/** Instalments due in the period and before today: paid in full, or missed (a reminder was sent). */
export async function instalmentRows(db: Executor, v: Visible, p: Period, today: string) {
  // a plan spans departments: a department-narrowed scope sees no instalments
  if (v.departmentIds) return [];
  const missed = sql`EXISTS (SELECT 1 FROM plan_reminders r WHERE r.instalment_id = i.id)`;
  const r = await sql<{ month: string; person: string; paid: boolean; missed: boolean }>`
    SELECT to_char(i.due_date, 'YYYY-MM') AS month, pl.debtor_id AS person, i.paid >= i.amount AS paid, ${missed} AS missed
    FROM plan_instalments i JOIN plans pl ON pl.id = i.plan_id
    WHERE i.organisation_id = ${v.orgId} AND i.due_date >= ${p.start}::date AND i.due_date < ${p.end}::date
      AND i.due_date < ${today}::date`.execute(db);
  return r.rows;
}
