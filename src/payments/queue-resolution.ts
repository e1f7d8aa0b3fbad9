import type { IsoDate } from '../kernel/dates.ts';
import { parseIban } from '../kernel/iban.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { audit } from '../platform/audit.ts';
import type { Database, Executor } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import type { Scope } from '../platform/scope.ts';
import { paymentsMessages as m } from './messages.ts';
import { paymentById } from './store.ts';

export type QueueResolution =
  | { readonly kind: 'not_for_evs'; readonly target: string; readonly note: string }
  | { readonly kind: 'refunded'; readonly iban: string; readonly note: string };

/**
 * A queued line that is not EvS money leaves the queue without touching any claim: handed to a
 * department or the general ledger (named, exported in the reconciliation) or refunded to an IBAN.
 * The line keeps its amount in the reconciliation under its resolution; the decision is audited.
 */
export async function resolveQueuedPayment(
  database: Database,
  scope: Scope,
  paymentId: string,
  input: QueueResolution,
  today: IsoDate,
): Promise<Result<{ resolution: QueueResolution['kind'] }, Failure>> {
  const note = input.note.trim();
  if (note.length < 3) {
    return err(
      failure('invalid', 'reason_required', m.text(scope.lang, 'reasonRequired'), {
        field: 'note',
      }),
    );
  }
  let target: string;
  if (input.kind === 'refunded') {
    const iban = parseIban(input.iban);
    if (!iban.ok) {
      return err(
        failure('invalid', 'invalid_iban', m.text(scope.lang, 'invalidIban'), {
          field: 'iban',
        }),
      );
    }
    target = iban.value;
  } else {
    target = input.target.trim();
    if (target.length < 2) {
      return err(
        failure('invalid', 'target_required', m.text(scope.lang, 'targetRequired'), { field: 'target' }),
      );
    }
  }
  return database.db.transaction().execute(async (trx) => {
    const queued = await queuedPayment(trx, scope, paymentId);
    if (!queued.ok) return queued;
    const payment = queued.value;
    await trx
      .updateTable('payments')
      .set({
        status: 'other',
        resolution: input.kind,
        resolution_target: target,
        resolution_note: note,
        resolved_on: today,
        resolved_by: scope.actor,
      })
      .where('organisation_id', '=', scope.orgId)
      .where('id', '=', paymentId)
      .where('status', '=', 'unmatched')
      .execute();
    await audit(trx, scope, `payments.${input.kind}`, 'payment', paymentId, {
      amount: Number(payment.amount),
      ...(input.kind === 'not_for_evs' ? { target } : { refundedTo: 'iban' }),
    });
    return ok({ resolution: input.kind });
  });
}

/** The payment if it still waits in the queue, else why it cannot be resolved or assigned. */
export async function queuedPayment(db: Executor, scope: Scope, paymentId: string) {
  const payment = await paymentById(db, scope.orgId, paymentId);
  if (payment === undefined) {
    return err(failure('not_found', 'unknown_payment', m.text(scope.lang, 'unknownPayment')));
  }
  if (payment.status !== 'unmatched') {
    return err(failure('conflict', 'payment_not_unmatched', m.text(scope.lang, 'notInQueue')));
  }
  return ok(payment);
}
