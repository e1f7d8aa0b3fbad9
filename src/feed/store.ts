import { sql } from 'kysely';
import type { Executor } from '../platform/db.ts';

/** One state change of one claim, for its department. `type` is open-ended (Payments adds `allocation`). */
export interface NewFeedEvent {
  readonly departmentId: string;
  readonly claimId: string;
  readonly type: string;
  /** Unique per organisation: the same change recorded twice is stored once. */
  readonly key: string;
  readonly payload: Record<string, unknown>;
}

/**
 * Records events (in the caller's transaction) and queues one webhook delivery per active endpoint of
 * the event's department. An event whose key exists already is skipped, with its deliveries.
 */
export async function recordFeedEvents(
  db: Executor,
  orgId: string,
  events: readonly NewFeedEvent[],
): Promise<number> {
  if (events.length === 0) return 0;
  const inserted = await db
    .insertInto('feed_events')
    .values(
      events.map((e) => ({
        organisation_id: orgId,
        department_id: e.departmentId,
        claim_id: e.claimId,
        event_type: e.type,
        event_key: e.key,
        payload: JSON.stringify(e.payload),
      })),
    )
    .onConflict((oc) => oc.columns(['organisation_id', 'event_key']).doNothing())
    .returning(['seq', 'department_id'])
    .execute();
  if (inserted.length === 0) return 0;
  await sql`
    INSERT INTO webhook_deliveries (organisation_id, endpoint_id, event_seq)
    SELECT ${orgId}, w.id, e.seq
    FROM feed_events e JOIN webhook_endpoints w ON w.department_id = e.department_id AND w.active
    WHERE e.organisation_id = ${orgId} AND w.organisation_id = ${orgId}
      AND e.seq IN (${sql.join(inserted.map((i) => i.seq))})
    ON CONFLICT (endpoint_id, event_seq) DO NOTHING`.execute(db);
  return inserted.length;
}

export interface FeedRow {
  seq: number;
  type: string;
  occurredAt: Date;
  department: string;
  claimId: string;
  claimUuid: string;
  payload: Record<string, unknown>;
}

export async function feedPage(
  db: Executor,
  orgId: string,
  departmentId: string,
  after: number,
  limit: number,
): Promise<FeedRow[]> {
  return db
    .selectFrom('feed_events as e')
    .innerJoin('departments as d', 'd.id', 'e.department_id')
    .innerJoin('claims as k', 'k.id', 'e.claim_id')
    .select([
      'e.seq',
      'e.event_type as type',
      'e.occurred_at as occurredAt',
      'd.code as department',
      'k.claim_id as claimId',
      'k.id as claimUuid',
      'e.payload',
    ])
    .where('e.organisation_id', '=', orgId)
    .where('e.department_id', '=', departmentId)
    .where('e.seq', '>', after)
    .orderBy('e.seq')
    .limit(limit)
    .execute();
}

export async function insertEndpoint(
  db: Executor,
  orgId: string,
  departmentId: string,
  url: string,
  secret: string,
  by: string,
) {
  return db
    .insertInto('webhook_endpoints')
    .values({ organisation_id: orgId, department_id: departmentId, url, secret, created_by: by })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function listEndpoints(db: Executor, orgId: string) {
  return db
    .selectFrom('webhook_endpoints as w')
    .innerJoin('departments as d', 'd.id', 'w.department_id')
    .select(['w.id', 'd.code as department', 'w.url', 'w.active', 'w.created_at as createdAt'])
    .where('w.organisation_id', '=', orgId)
    .orderBy('w.created_at')
    .execute();
}

export async function deactivateEndpoint(db: Executor, orgId: string, id: string): Promise<boolean> {
  const r = await db
    .updateTable('webhook_endpoints')
    .set({ active: false })
    .where('organisation_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * Claims due deliveries: moves their next attempt into the future first (a lease), so two dispatchers
 * running at once never send the same delivery together.
 */
export async function claimDueDeliveries(
  db: Executor,
  orgId: string,
  now: Date,
  leaseUntil: Date,
  limit: number,
) {
  const r = await sql<{
    id: string;
    attempts: number;
    url: string;
    secret: string;
    seq: number;
    type: string;
    occurred_at: Date;
    department: string;
    claim_id: string;
    payload: Record<string, unknown>;
  }>`
    WITH due AS (
      SELECT id FROM webhook_deliveries
      WHERE organisation_id = ${orgId} AND status = 'pending' AND next_attempt_at <= ${now}
      ORDER BY event_seq LIMIT ${limit} FOR UPDATE SKIP LOCKED
    ), leased AS (
      UPDATE webhook_deliveries w SET next_attempt_at = ${leaseUntil} FROM due WHERE w.id = due.id
      RETURNING w.id, w.attempts, w.endpoint_id, w.event_seq
    )
    SELECT l.id, l.attempts, p.url, p.secret, e.seq, e.event_type AS type, e.occurred_at,
      d.code AS department, k.claim_id, e.payload
    FROM leased l
    JOIN webhook_endpoints p ON p.id = l.endpoint_id
    JOIN feed_events e ON e.seq = l.event_seq
    JOIN departments d ON d.id = e.department_id
    JOIN claims k ON k.id = e.claim_id
    ORDER BY e.seq`.execute(db);
  return r.rows.map((row) => ({ ...row, seq: Number(row.seq) }));
}

export async function finishAttempt(
  db: Executor,
  orgId: string,
  deliveryId: string,
  outcome: {
    status: 'pending' | 'delivered' | 'failed';
    attempts: number;
    nextAttemptAt: Date;
    httpStatus: number | null;
    error: string | null;
    durationMs: number;
  },
): Promise<void> {
  await db
    .updateTable('webhook_deliveries')
    .set({
      status: outcome.status,
      attempts: outcome.attempts,
      next_attempt_at: outcome.nextAttemptAt,
      last_status: outcome.httpStatus,
      last_error: outcome.error,
      delivered_at: outcome.status === 'delivered' ? new Date() : null,
    })
    .where('id', '=', deliveryId)
    .execute();
  await db
    .insertInto('webhook_attempts')
    .values({
      organisation_id: orgId,
      delivery_id: deliveryId,
      http_status: outcome.httpStatus,
      error: outcome.error,
      duration_ms: outcome.durationMs,
    })
    .execute();
}

export async function deliveryLog(db: Executor, orgId: string, limit = 200) {
  return db
    .selectFrom('webhook_deliveries as w')
    .innerJoin('webhook_endpoints as p', 'p.id', 'w.endpoint_id')
    .innerJoin('feed_events as e', 'e.seq', 'w.event_seq')
    .select([
      'w.id',
      'p.url',
      'e.seq',
      'e.event_type as type',
      'w.status',
      'w.attempts',
      'w.last_status as lastStatus',
      'w.last_error as lastError',
      'w.next_attempt_at as nextAttemptAt',
      'w.delivered_at as deliveredAt',
    ])
    .where('w.organisation_id', '=', orgId)
    .orderBy('e.seq', 'desc')
    .limit(limit)
    .execute();
}
