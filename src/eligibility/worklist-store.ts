/**
 * The worklist read paged, filtered and sorted in SQL: by status, reason, profile, a department the person
 * owes and a name; sorted by date, name, open amount or score; with the total count of the filter, so a
 * page can say "1–50 van 905". Scoped like every read of people: the organisation, a social worker's
 * consented debtors, a clerk's departments.
 */
import { sql } from 'kysely';
import type { Profile } from '../kernel/eligibility/ruleset.ts';
import type { Database } from '../platform/db.ts';
import { containsPattern } from '../platform/like.ts';
import type { Scope } from '../platform/scope.ts';
import type { WorklistReason, WorklistStatus } from './tables.ts';

export const WORKLIST_SORTS = ['date', 'name', 'open', 'score'] as const;
export type WorklistSort = (typeof WORKLIST_SORTS)[number];
export const WORKLIST_MAX_LIMIT = 500;

export interface WorklistFilter {
  readonly status?: WorklistStatus;
  readonly reason?: WorklistReason;
  readonly profile?: Profile;
  /** A department code: people with an open claim of that department. */
  readonly department?: string;
  /** Part of the name, any case. */
  readonly q?: string;
  /** Default `date` (newest first, then by name), as the worklist always was. */
  readonly sort?: WorklistSort;
  readonly order?: 'asc' | 'desc';
  readonly limit?: number;
  readonly offset?: number;
}

export interface WorklistItem {
  readonly id: string;
  readonly debtorId: string;
  readonly name: string;
  readonly reason: WorklistReason;
  readonly profileBefore: string | null;
  readonly profileAfter: string | null;
  readonly eligibleAfter: boolean | null;
  readonly openCents: number;
  /** The person's current score and the number of departments they owed on that decision (null before any). */
  readonly score: number | null;
  readonly departments: number | null;
  readonly status: WorklistStatus;
  readonly resolution: string | null;
  readonly evaluationDate: string | null;
  readonly createdAt: string;
}

export interface WorklistPage {
  readonly items: WorklistItem[];
  /** How many items match the filter, over all pages. */
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

function filtered(database: Database, scope: Scope, f: WorklistFilter) {
  let q = database.db
    .selectFrom('eligibility_worklist as w')
    .innerJoin('debtors as d', 'd.id', 'w.debtor_id')
    .where('w.organisation_id', '=', scope.orgId)
    .where('w.status', '=', f.status ?? 'open');
  if (scope.debtorIds) q = q.where('w.debtor_id', 'in', scope.debtorIds);
  const departments = scope.departmentIds;
  if (departments)
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('claims as k')
          .select('k.id')
          .whereRef('k.debtor_id', '=', 'w.debtor_id')
          .where('k.department_id', 'in', departments),
      ),
    );
  if (f.reason) q = q.where('w.reason', '=', f.reason);
  if (f.profile) q = q.where('w.profile_after', '=', f.profile);
  const code = f.department;
  if (code)
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('claims as k')
          .innerJoin('departments as dep', 'dep.id', 'k.department_id')
          .select('k.id')
          .whereRef('k.debtor_id', '=', 'w.debtor_id')
          .where('k.status', '=', 'open')
          .where('dep.organisation_id', '=', scope.orgId)
          .where('dep.code', '=', code),
      ),
    );
  const name = f.q?.trim();
  if (name) q = q.where(sql<boolean>`d.name ILIKE ${containsPattern(name)}`);
  return q;
}

export async function worklistPage(
  database: Database,
  scope: Scope,
  f: WorklistFilter = {},
): Promise<WorklistPage> {
  const limit = Math.min(Math.max(1, f.limit ?? WORKLIST_MAX_LIMIT), WORKLIST_MAX_LIMIT);
  const offset = Math.max(0, f.offset ?? 0);
  if (scope.debtorIds?.length === 0 || scope.departmentIds?.length === 0)
    return { items: [], total: 0, limit, offset };
  const counted = await filtered(database, scope, f)
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirst();
  const total = Number(counted?.n ?? 0);
  const sort = f.sort ?? 'date';
  const order = f.order ?? (sort === 'name' ? 'asc' : 'desc');
  const nulls = sql.raw(order === 'asc' ? 'ASC NULLS FIRST' : 'DESC NULLS LAST');
  const key = {
    date: sql`w.created_at`,
    name: sql`d.name`,
    open: sql`"openCents"`,
    score: sql`"score"`,
  }[sort];
  const rows = await filtered(database, scope, f)
    .leftJoin('eligibility_sweeps as s', 's.id', 'w.sweep_id')
    .leftJoin('eligibility_current as c', (j) =>
      j.onRef('c.debtor_id', '=', 'w.debtor_id').onRef('c.organisation_id', '=', 'w.organisation_id'),
    )
    .leftJoin('eligibility_decisions as e', (j) =>
      j.onRef('e.sweep_id', '=', 'c.sweep_id').onRef('e.debtor_id', '=', 'c.debtor_id'),
    )
    .select([
      'w.id',
      'w.debtor_id as debtorId',
      'd.name',
      'w.reason',
      'w.profile_before as profileBefore',
      'w.profile_after as profileAfter',
      'w.eligible_after as eligibleAfter',
      'w.status',
      'w.resolution',
      's.evaluation_date as evaluationDate',
      'w.created_at',
      'e.score',
      'e.departments',
      sql<number>`coalesce((SELECT sum(greatest(k.principal + k.charges - k.paid, 0)) FROM claims k
        WHERE k.debtor_id = w.debtor_id AND k.status = 'open'), 0)::bigint`.as('openCents'),
    ])
    .orderBy(sql`${key} ${nulls}`)
    .orderBy(sort === 'date' ? sql`d.name ASC` : sql`w.created_at DESC`)
    .orderBy('w.id')
    .limit(limit)
    .offset(offset)
    .execute();
  const items = rows.map(({ created_at, ...r }) => ({
    ...r,
    openCents: Number(r.openCents),
    score: r.score ?? null,
    departments: r.departments ?? null,
    createdAt: created_at.toISOString(),
  }));
  return { items, total, limit, offset };
}
