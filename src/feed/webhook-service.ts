import type { IsoDate } from '../kernel/dates.ts';
import type { Database } from '../platform/db.ts';
import type { Scope } from '../platform/scope.ts';
import { postWebhook, UNREACHABLE } from './io-webhook-post.ts';
import { backoffSeconds, MAX_ATTEMPTS, signPayload } from './signature.ts';
import { claimDueDeliveries, finishAttempt } from './store.ts';
import { STRICT_POLICY, type WebhookNetworkPolicy } from './webhook-target.ts';

export interface DeliveryOptions {
  /** The moment to deliver at (tests move it forward to reach retries); default now. */
  readonly now?: Date;
  /** Where deliveries may go (webhookPolicy(config.ops)); default: public addresses only. */
  readonly network?: WebhookNetworkPolicy;
  readonly timeoutMs?: number;
  readonly batch?: number;
}

export interface DeliverySummary {
  readonly attempted: number;
  readonly delivered: number;
  readonly retrying: number;
  readonly failed: number;
}

/**
 * Sends due webhook deliveries (POST, JSON, HMAC-signed). A 2xx answer marks a delivery done; anything
 * else (a redirect too: it is not followed) is retried with backoff until MAX_ATTEMPTS. Each delivery carries the event's `seq` in
 * `X-EvS-Event` so a receiver that sees a retry of something it already processed can ignore it.
 */
export async function deliverWebhooks(
  database: Database,
  scope: Scope,
  _today: IsoDate,
  opts: DeliveryOptions = {},
): Promise<DeliverySummary> {
  const now = opts.now ?? new Date();
  const policy = opts.network ?? STRICT_POLICY;
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const lease = new Date(now.getTime() + timeoutMs * 3);
  const due = await claimDueDeliveries(database.db, scope.orgId, now, lease, opts.batch ?? 100);
  const summary = { attempted: 0, delivered: 0, retrying: 0, failed: 0 };
  for (const d of due) {
    summary.attempted++;
    const body = JSON.stringify({
      seq: d.seq,
      type: d.type,
      occurredAt: new Date(d.occurred_at).toISOString(),
      department: d.department,
      claimId: d.claim_id,
      data: d.payload,
    });
    const timestamp = Math.floor(now.getTime() / 1000);
    const started = Date.now();
    let httpStatus: number | null = null;
    let error: string | null = null;
    httpStatus = await postWebhook(
      d.url,
      {
        'content-type': 'application/json',
        'x-evs-event': String(d.seq),
        'x-evs-delivery': d.id,
        'x-evs-signature': signPayload(d.secret, timestamp, body),
      },
      body,
      { policy, timeoutMs },
    );
    // One neutral text for refused, unresolvable and silent targets: the log is no port scanner.
    if (httpStatus === null) error = UNREACHABLE;
    else if (httpStatus < 200 || httpStatus > 299) error = `HTTP ${httpStatus}`;
    const attempts = d.attempts + 1;
    const status = error === null ? 'delivered' : attempts >= MAX_ATTEMPTS ? 'failed' : 'pending';
    summary[status === 'delivered' ? 'delivered' : status === 'failed' ? 'failed' : 'retrying']++;
    await finishAttempt(database.db, scope.orgId, d.id, {
      status,
      attempts,
      nextAttemptAt: new Date(now.getTime() + backoffSeconds(attempts) * 1000),
      httpStatus,
      error,
      durationMs: Date.now() - started,
    });
  }
  return summary;
}
