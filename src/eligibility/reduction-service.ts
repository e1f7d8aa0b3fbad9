/**
 * Reductions (OSLO Vermindering) for invoices a department already issued in the period a granted local
 * right covers. Proposing is idempotent (a right is proposed on a claim once); finance accepts or rejects.
 * Accepting lowers the claim's principal, so every open-amount computation counts it exactly once; the
 * department hears it on its claim feed, and a claim import nets it out of the figure the department
 * sends again (src/claims/import-store.ts).
 */

import { recordFeedEvents } from '../feed/store.ts';
import type { IsoDate } from '../kernel/dates.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { audit } from '../platform/audit.ts';
import { momentOf } from '../platform/clock.ts';
import type { Database } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import type { Lang, Scope } from '../platform/scope.ts';
import { eligibilityMessages } from './messages.ts';
import { candidateClaims, type ReductionStatus, reductionRows } from './reduction-store.ts';
import { inPeriod, reductionCap, reductionFor } from './right-reduction.ts';
import { activeStoredRuleset, noRulesetFailure } from './ruleset-service.ts';

export interface ProposalSummary {
  readonly date: IsoDate;
  readonly rulesetVersion: number;
  readonly proposed: number;
  readonly proposedCents: number;
  readonly rights: { right: string; department: string; proposed: number }[];
  /** Rights whose department code is unknown (or outside the scope's departments). */
  readonly skipped: { right: string; department: string }[];
}

/** Proposes reductions for every right with a reduction rule in the ruleset in force on `date`. */
export async function proposeRightReductions(
  database: Database,
  scope: Scope,
  date: IsoDate,
): Promise<Result<ProposalSummary, Failure>> {
  const stored = await activeStoredRuleset(database.db, scope.orgId, date);
  if (!stored) return err(noRulesetFailure(scope.lang, date));
  return database.db.transaction().execute(async (trx) => {
    const rights: { right: string; department: string; proposed: number }[] = [];
    const skipped: { right: string; department: string }[] = [];
    let proposedCents = 0;
    for (const right of stored.ruleset.rights) {
      const rule = right.reduction;
      if (!rule) continue;
      const dept = await trx
        .selectFrom('departments')
        .select('id')
        .where('organisation_id', '=', scope.orgId)
        .where('code', '=', rule.department)
        .executeTakeFirst();
      if (!dept || (scope.departmentIds && !scope.departmentIds.includes(dept.id))) {
        skipped.push({ right: right.code, department: rule.department });
        continue;
      }
      const claims = await candidateClaims(trx, scope.orgId, right.code, dept.id, rule.categories);
      const values = claims.flatMap((c) => {
        const amount = reductionFor(rule, c);
        if (amount <= 0 || !inPeriod(c.invoiceDate, { from: c.periodFrom, to: c.periodTo })) return [];
        return [
          {
            organisation_id: scope.orgId,
            claim_id: c.id,
            file_id: null,
            amount,
            proposed_amount: amount,
            reason: `right:${right.code}`,
            created_by: scope.actor,
            created_at: momentOf(date),
            source: 'right' as const,
            status: 'proposed' as const,
            debtor_id: c.debtorId,
            right_code: right.code,
            period_from: c.periodFrom,
            period_to: c.periodTo,
          },
        ];
      });
      let inserted: { amount: number }[] = [];
      for (let i = 0; i < values.length; i += 500) {
        const batch = await trx
          .insertInto('claim_reductions')
          .values(values.slice(i, i + 500))
          .onConflict((oc) => oc.columns(['claim_id', 'right_code']).doNothing())
          .returning('amount')
          .execute();
        inserted = inserted.concat(batch);
      }
      proposedCents += inserted.reduce((s, r) => s + Number(r.amount), 0);
      rights.push({ right: right.code, department: rule.department, proposed: inserted.length });
    }
    const proposed = rights.reduce((s, r) => s + r.proposed, 0);
    const summary = { date, rulesetVersion: stored.version, proposed, proposedCents, rights, skipped };
    if (proposed > 0)
      await audit(trx, scope, 'eligibility.reductions_propose', 'ruleset', stored.rowId, summary);
    return ok(summary);
  });
}

export interface ReductionView {
  readonly id: string;
  readonly claimId: string;
  readonly departmentClaimId: string;
  readonly department: string;
  readonly category: string;
  readonly debtorId: string;
  readonly right: string;
  readonly periodFrom: string;
  readonly periodTo: string | null;
  readonly amount: number;
  readonly proposedAmount: number;
  readonly status: ReductionStatus;
  readonly createdAt: string;
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
  readonly note: string | null;
}

export async function rightReductions(
  database: Database,
  scope: Scope,
  opts: { readonly status?: ReductionStatus; readonly id?: string } = {},
): Promise<ReductionView[]> {
  const rows = await reductionRows(database.db, {
    orgId: scope.orgId,
    ...(opts.status ? { status: opts.status } : {}),
    ...(opts.id ? { id: opts.id } : {}),
    ...(scope.departmentIds ? { departmentIds: scope.departmentIds } : {}),
    ...(scope.debtorIds ? { debtorIds: scope.debtorIds } : {}),
  });
  return rows.map(({ departmentId: _d, reason: _r, ...v }) => v);
}

const unknownReduction = (lang: Lang) =>
  failure('not_found', 'unknown_reduction', eligibilityMessages.text(lang, 'unknownReduction'));
const decided = (lang: Lang) =>
  failure('conflict', 'reduction_decided', eligibilityMessages.text(lang, 'reductionDecided'));
const nothingOpen = (lang: Lang) =>
  failure('conflict', 'reduction_nothing_open', eligibilityMessages.text(lang, 'nothingOpen'));

/**
 * Accepts (lowers the claim's principal by the proposal, capped at what is open now) or rejects a
 * proposal. Only a proposal can be decided, once.
 */
export async function decideReduction(
  database: Database,
  scope: Scope,
  id: string,
  decision: 'accept' | 'reject',
  note?: string,
): Promise<Result<ReductionView, Failure>> {
  const visible = await rightReductions(database, scope, { id });
  if (visible.length === 0) return err(unknownReduction(scope.lang));
  const outcome = await database.db.transaction().execute(async (trx): Promise<Result<null, Failure>> => {
    const r = await trx
      .selectFrom('claim_reductions')
      .select(['id', 'claim_id', 'amount', 'status', 'right_code'])
      .where('organisation_id', '=', scope.orgId)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (r.status !== 'proposed') return err(decided(scope.lang));
    const decidedFields = { decided_by: scope.actor, decided_at: new Date(), decision_note: note ?? null };
    if (decision === 'reject') {
      await trx
        .updateTable('claim_reductions')
        .set({ status: 'rejected', ...decidedFields })
        .where('id', '=', id)
        .execute();
      await audit(trx, scope, 'eligibility.reduction_reject', 'claim_reduction', id, { note: note ?? null });
      return ok(null);
    }
    const k = await trx
      .selectFrom('claims')
      .select(['id', 'department_id', 'status', 'principal', 'charges', 'paid', 'evs_paid'])
      .where('id', '=', r.claim_id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const claim = {
      status: k.status,
      principal: Number(k.principal),
      charges: Number(k.charges),
      paid: Number(k.paid),
      evsPaid: Number(k.evs_paid),
    };
    const amount = Math.min(Number(r.amount), reductionCap(claim));
    if (amount <= 0) return err(nothingOpen(scope.lang));
    const principal = claim.principal - amount;
    await trx.updateTable('claims').set({ principal }).where('id', '=', k.id).execute();
    await trx
      .updateTable('claim_reductions')
      .set({ status: 'accepted', amount, ...decidedFields })
      .where('id', '=', id)
      .execute();
    await recordFeedEvents(trx, scope.orgId, [
      {
        departmentId: k.department_id,
        claimId: k.id,
        type: 'reduced',
        key: `reduced:${id}`,
        payload: { reductionId: id, right: r.right_code, amount, principal },
      },
    ]);
    await audit(trx, scope, 'eligibility.reduction_accept', 'claim_reduction', id, {
      claimId: k.id,
      amount,
      note: note ?? null,
    });
    return ok(null);
  });
  if (!outcome.ok) return outcome;
  const [view] = await rightReductions(database, scope, { id });
  if (!view) return err(unknownReduction(scope.lang));
  return ok(view);
}
