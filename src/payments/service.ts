import type { Cents } from '../kernel/money.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { audit } from '../platform/audit.ts';
import type { Database } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import type { Lang, Scope } from '../platform/scope.ts';
import {
  candidatePlans,
  claimAllocations,
  planCredit,
  planHistory,
  unmatchedPayments,
} from './history-store.ts';
import { type MatchCandidate, type MatchSuggestion, suggestMatches } from './matching.ts';
import { paymentsMessages as m, messageIn } from './messages.ts';
import { PAYABLE_PLAN_STATUSES, syncPlan } from './plan-sync-store.ts';
import { queuedPayment } from './queue-resolution.ts';
import type { StatementLine } from './statement.ts';
import type { PaymentProblem } from './tables.ts';

export interface QueueItem {
  readonly id: string;
  readonly bookingDate: string;
  readonly amount: Cents;
  readonly counterpartyName: string | null;
  readonly counterpartyIban: string | null;
  readonly communication: string | null;
  readonly reference: string | null;
  /** Why it was not matched, in the scope's language. */
  readonly reason: string;
  readonly suggestions: {
    readonly planId: string;
    readonly reference: string;
    readonly debtorName: string;
    readonly score: number;
    readonly reasons: string[];
  }[];
}

/** The unmatched queue, oldest first, each line with ranked suggestions and why. Never auto-assigned. */
export async function unmatchedQueue(database: Database, scope: Scope, limit = 50): Promise<QueueItem[]> {
  const rows = await unmatchedPayments(database.db, scope.orgId, limit);
  if (rows.length === 0) return [];
  const plans = await candidatePlans(database.db, scope.orgId, PAYABLE_PLAN_STATUSES);
  const candidates: MatchCandidate[] = plans.map((p) => ({
    planKey: p.id,
    debtorName: p.debtorName,
    knownIbans: p.ibans,
    instalmentAmounts: p.instalments,
    openAmount: p.open,
    ogm: p.reference,
  }));
  const byId = new Map(plans.map((p) => [p.id, p]));
  return rows.map((r) => {
    const line: StatementLine = {
      bankRef: r.bank_ref,
      bookingDate: r.booking_date,
      valueDate: r.value_date,
      amount: Number(r.amount),
      reversal: false,
      counterpartyName: r.counterparty_name,
      counterpartyIban: r.counterparty_iban,
      structuredRef:
        r.reference_kind === null || r.reference === null
          ? null
          : { kind: r.reference_kind, value: r.reference },
      unstructured: r.communication,
    };
    const suggestions: MatchSuggestion[] = suggestMatches(line, candidates);
    const problem = r.problem as PaymentProblem | null;
    return {
      id: r.id,
      bookingDate: r.booking_date,
      amount: Number(r.amount),
      counterpartyName: r.counterparty_name,
      counterpartyIban: r.counterparty_iban,
      communication: r.communication,
      reference: r.reference,
      reason: problem === null ? '' : messageIn(problem, scope.lang),
      suggestions: suggestions.map((s) => ({
        planId: s.planKey,
        reference: byId.get(s.planKey)?.reference ?? '',
        debtorName: byId.get(s.planKey)?.debtorName ?? '',
        score: s.score,
        reasons: s.reasons.map((reason) => reason.message[scope.lang]),
      })),
    };
  });
}

export interface AssignInput {
  readonly paymentId: string;
  readonly planId: string;
  readonly reason: string;
}

/** A person assigns a queued credit to a plan, with a reason; the plan is replayed in date order. */
export async function assignPayment(
  database: Database,
  scope: Scope,
  input: AssignInput,
): Promise<Result<{ allocated: Cents }, Failure>> {
  const reason = input.reason.trim();
  if (reason.length < 3) {
    return err(failure('invalid', 'reason_required', m.text(scope.lang, 'reasonRequired')));
  }
  return database.db.transaction().execute(async (trx) => {
    const queued = await queuedPayment(trx, scope, input.paymentId);
    if (!queued.ok) return queued;
    const payment = queued.value;
    const plan = await trx
      .selectFrom('plans')
      .select(['id', 'status'])
      .where('organisation_id', '=', scope.orgId)
      .where('id', '=', input.planId)
      .executeTakeFirst();
    if (plan === undefined || !PAYABLE_PLAN_STATUSES.includes(plan.status)) {
      return err(failure('invalid', 'plan_not_payable', m.text(scope.lang, 'notRunningPlan')));
    }
    await trx
      .updateTable('payments')
      .set({
        status: 'allocated',
        plan_id: plan.id,
        match: 'manual',
        match_note: reason,
        matched_by: scope.actor,
      })
      .where('id', '=', payment.id)
      .execute();
    const synced = await syncPlan(trx, scope.orgId, plan.id);
    await audit(trx, scope, 'payments.assign', 'payment', payment.id, { planId: plan.id, reason });
    return ok({ allocated: synced.allocatedDelta });
  });
}

/** Refunds (part of) a plan's credit by a recorded decision; never more than the credit. */
export async function refundCredit(
  database: Database,
  scope: Scope,
  input: { planId: string; amount: Cents; reason: string },
  today: string,
): Promise<Result<{ credit: Cents }, Failure>> {
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0) {
    return err(failure('invalid', 'invalid_amount', m.text(scope.lang, 'invalidAmount')));
  }
  if (input.reason.trim().length < 3) {
    return err(failure('invalid', 'reason_required', m.text(scope.lang, 'reasonRequired')));
  }
  return database.db.transaction().execute(async (trx) => {
    const plan = await trx
      .selectFrom('plans')
      .select('id')
      .where('organisation_id', '=', scope.orgId)
      .where('id', '=', input.planId)
      .forUpdate()
      .executeTakeFirst();
    if (plan === undefined) return err(unknownPlan(scope.lang));
    const credit = await planCredit(trx, scope.orgId, plan.id);
    if (input.amount > credit) {
      return err(
        failure('invalid', 'refund_exceeds_credit', m.text(scope.lang, 'refundExceedsCredit'), { credit }),
      );
    }
    await trx
      .insertInto('payment_refunds')
      .values({
        organisation_id: scope.orgId,
        plan_id: plan.id,
        amount: input.amount,
        reason: input.reason.trim(),
        decided_on: today,
        decided_by: scope.actor,
      })
      .execute();
    await audit(trx, scope, 'payments.refund', 'plan', plan.id, {
      amount: input.amount,
      reason: input.reason,
    });
    return ok({ credit: credit - input.amount });
  });
}

function unknownPlan(lang: Lang): Failure {
  return failure('not_found', 'unknown_plan', m.text(lang, 'unknownPlan'));
}

export async function paymentsOfPlan(database: Database, scope: Scope, planId: string) {
  const history = await planHistory(database.db, scope, planId);
  return history === null ? err(unknownPlan(scope.lang)) : ok(history);
}

export async function paymentsOfClaim(database: Database, scope: Scope, claimId: string) {
  return ok(await claimAllocations(database.db, scope, claimId));
}
