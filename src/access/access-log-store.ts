import { sql } from 'kysely';
import type { Executor } from '../platform/db.ts';

export interface AccessLogEntry {
  readonly orgId: string;
  readonly actor: string;
  readonly actorRole: string;
  readonly subjectDebtorId: string | null;
  readonly action: string;
  readonly purpose: string;
  readonly requestId: string | null;
}

export async function insertAccessLog(db: Executor, entries: readonly AccessLogEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('access_log')
    .values(
      entries.map((e) => ({
        organisation_id: e.orgId,
        actor: e.actor,
        actor_role: e.actorRole,
        subject_debtor_id: e.subjectDebtorId,
        action: e.action,
        purpose: e.purpose,
        request_id: e.requestId,
      })),
    )
    .execute();
}

/**
 * Group commit for the access log: a request's rows are written before its answer leaves (nothing is
 * lost, not even in a crash), but requests arriving while a write is under way share the next one
 * statement instead of each paying its own transaction.
 */
export function accessLogWriter(db: Executor): (entries: readonly AccessLogEntry[]) => Promise<void> {
  let queue: { entries: readonly AccessLogEntry[]; done: (e?: unknown) => void }[] = [];
  let writing = false;
  const drain = async () => {
    writing = true;
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      try {
        await insertAccessLog(
          db,
          batch.flatMap((b) => b.entries),
        );
        for (const b of batch) b.done();
      } catch (e) {
        for (const b of batch) b.done(e ?? new Error('access log write failed'));
      }
    }
    writing = false;
  };
  return (entries) =>
    entries.length === 0
      ? Promise.resolve()
      : new Promise((resolve, reject) => {
          queue.push({ entries, done: (e) => (e === undefined ? resolve() : reject(e)) });
          if (!writing) void drain();
        });
}

export interface AccessLogFilter {
  readonly debtorId?: string;
  /** Any of these people (a name or national number may mean several records, merged ones included). */
  readonly debtorIds?: readonly string[];
  readonly actor?: string;
  /** Any of these actor labels (`user:<id>`, …): a staff member found by name. */
  readonly actors?: readonly string[];
  readonly action?: string;
  readonly from?: string;
  readonly until?: string;
  readonly limit?: number;
  readonly offset?: number;
  /** By time: newest first (default) or oldest first. */
  readonly order?: 'newest' | 'oldest';
}

function filtered(db: Executor, orgId: string, f: AccessLogFilter) {
  let q = db.selectFrom('access_log').where('organisation_id', '=', orgId);
  if (f.debtorId) q = q.where('subject_debtor_id', '=', f.debtorId);
  if (f.debtorIds)
    q =
      f.debtorIds.length > 0
        ? q.where('subject_debtor_id', 'in', [...f.debtorIds])
        : q.where(sql<boolean>`false`);
  if (f.actor) q = q.where('actor', '=', f.actor);
  if (f.actors)
    q = f.actors.length > 0 ? q.where('actor', 'in', [...f.actors]) : q.where(sql<boolean>`false`);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.from) q = q.where('at', '>=', new Date(`${f.from}T00:00:00Z`));
  if (f.until) q = q.where('at', '<', new Date(`${f.until}T00:00:00Z`));
  return q;
}

export function searchAccessLog(db: Executor, orgId: string, f: AccessLogFilter) {
  const direction = f.order === 'oldest' ? 'asc' : 'desc';
  return filtered(db, orgId, f)
    .select([
      'id',
      'actor',
      'actor_role as role',
      'subject_debtor_id as debtorId',
      'action',
      'purpose',
      'request_id as requestId',
      'at',
    ])
    .orderBy('at', direction)
    .orderBy('id', direction)
    .limit(f.limit ?? 200)
    .offset(f.offset ?? 0)
    .execute();
}

/** How many lines the filter matches (for paging). */
export async function countAccessLog(db: Executor, orgId: string, f: AccessLogFilter): Promise<number> {
  const row = await filtered(db, orgId, f)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Who looked at one debtor: organisation names and roles; staff names only for the staff view. */
export function accessesOfDebtor(db: Executor, orgId: string, debtorId: string, limit = 200) {
  return db
    .selectFrom('access_log as a')
    .innerJoin('organisations as o', 'o.id', 'a.organisation_id')
    .select(['a.at', 'o.name as organisation', 'a.actor_role as role', 'a.actor', 'a.action', 'a.purpose'])
    .where('a.organisation_id', '=', orgId)
    .where('a.subject_debtor_id', '=', debtorId)
    .orderBy('a.at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .execute();
}
