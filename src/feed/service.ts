import { randomBytes } from 'node:crypto';
import { err, ok, type Result } from '../kernel/result.ts';
import { unknownDepartment } from '../organisations/service.ts';
import { findDepartment } from '../organisations/store.ts';
import { audit } from '../platform/audit.ts';
import { csvField } from '../platform/csv.ts';
import type { Database } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import type { Scope } from '../platform/scope.ts';
import { feedMessages } from './messages.ts';
import { deactivateEndpoint, deliveryLog, feedPage, insertEndpoint, listEndpoints } from './store.ts';
import { resolveTarget, type WebhookNetworkPolicy } from './webhook-target.ts';

export interface FeedEvent {
  /** The cursor: pass it as `after` to get what came next. */
  readonly seq: number;
  readonly type: string;
  readonly occurredAt: string;
  readonly department: string;
  readonly claimId: string;
  readonly data: Record<string, unknown>;
}

async function departmentFor(
  database: Database,
  scope: Scope,
  code: string,
): Promise<Result<string, Failure>> {
  const department = await findDepartment(database.db, scope.orgId, code.trim().toUpperCase());
  if (!department) return err(unknownDepartment(scope.lang, code));
  if (scope.departmentIds && !scope.departmentIds.includes(department.id)) {
    return err(failure('forbidden', 'other_department', feedMessages.text(scope.lang, 'otherDepartment')));
  }
  return ok(department.id);
}

async function pageOf(
  database: Database,
  orgId: string,
  departmentId: string,
  after: number,
  limit: number,
): Promise<{ events: FeedEvent[]; next: number | null; cursor: number }> {
  const size = Math.min(Math.max(1, limit), 1000);
  const rows = await feedPage(database.db, orgId, departmentId, after, size + 1);
  const page = rows.slice(0, size);
  const events = page.map((r) => ({
    seq: Number(r.seq),
    type: r.type,
    occurredAt: r.occurredAt.toISOString(),
    department: r.department,
    claimId: r.claimId,
    data: r.payload,
  }));
  const last = events.at(-1)?.seq ?? after;
  return { events, next: rows.length > size ? last : null, cursor: last };
}

/** One page of a department's feed after the cursor, oldest first; `next` is null when nothing more waits. */
export async function departmentFeed(
  database: Database,
  scope: Scope,
  departmentCode: string,
  after = 0,
  limit = 100,
): Promise<Result<{ events: FeedEvent[]; next: number | null; cursor: number }, Failure>> {
  const department = await departmentFor(database, scope, departmentCode);
  if (!department.ok) return department;
  return ok(await pageOf(database, scope.orgId, department.value, after, limit));
}

/** The whole feed of a department after a cursor as CSV (`;`, UTF-8), one line per state change. */
export async function departmentFeedCsv(
  database: Database,
  scope: Scope,
  departmentCode: string,
  after = 0,
): Promise<Result<string, Failure>> {
  const lines = ['seq;type;occurred_at;department;claim_id;file_id;plan_id;reference'];
  const department = await departmentFor(database, scope, departmentCode);
  if (!department.ok) return department;
  let cursor = after;
  for (;;) {
    const page = await pageOf(database, scope.orgId, department.value, cursor, 1000);
    for (const e of page.events) {
      const d = e.data as { fileId?: string; planId?: string; reference?: string };
      lines.push(
        [
          String(e.seq),
          e.type,
          e.occurredAt,
          e.department,
          e.claimId,
          d.fileId ?? '',
          d.planId ?? '',
          d.reference ?? '',
        ]
          .map((v) => csvField(v))
          .join(';'),
      );
    }
    if (page.next === null) break;
    cursor = page.next;
  }
  return ok(`${lines.join('\r\n')}\r\n`);
}

/** Registers a webhook; the secret is shown once, here, and signs every delivery. */
export async function addWebhook(
  database: Database,
  scope: Scope,
  departmentCode: string,
  url: string,
  network: WebhookNetworkPolicy,
): Promise<Result<{ id: string; secret: string }, Failure>> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return err(failure('invalid', 'invalid_url', feedMessages.text(scope.lang, 'invalidUrl')));
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return err(failure('invalid', 'invalid_url', feedMessages.text(scope.lang, 'httpUrl')));
  }
  const target = await resolveTarget(parsed.hostname, network);
  if (!target.ok) {
    return err(
      target.reason === 'unresolvable'
        ? failure('invalid', 'webhook_unresolvable', feedMessages.text(scope.lang, 'unresolvable'))
        : failure('invalid', 'webhook_local_target', feedMessages.text(scope.lang, 'localTarget')),
    );
  }
  const department = await departmentFor(database, scope, departmentCode);
  if (!department.ok) return department;
  const secret = `whsec_${randomBytes(24).toString('base64url')}`;
  return database.db.transaction().execute(async (trx) => {
    const row = await insertEndpoint(
      trx,
      scope.orgId,
      department.value,
      parsed.toString(),
      secret,
      scope.actor,
    );
    await audit(trx, scope, 'feed.webhook_added', 'webhook_endpoint', row.id, {
      department: departmentCode,
      host: parsed.host,
    });
    return ok({ id: row.id, secret });
  });
}

export function webhooks(database: Database, scope: Scope) {
  return listEndpoints(database.db, scope.orgId);
}

export async function removeWebhook(
  database: Database,
  scope: Scope,
  id: string,
): Promise<Result<void, Failure>> {
  return database.db.transaction().execute(async (trx) => {
    if (!(await deactivateEndpoint(trx, scope.orgId, id))) {
      return err(failure('not_found', 'unknown_webhook', feedMessages.text(scope.lang, 'unknownWebhook')));
    }
    await audit(trx, scope, 'feed.webhook_removed', 'webhook_endpoint', id);
    return ok(undefined);
  });
}

export function webhookDeliveries(database: Database, scope: Scope) {
  return deliveryLog(database.db, scope.orgId);
}
