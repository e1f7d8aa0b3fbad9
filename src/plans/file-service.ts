import { resolveDebtor, unknownDebtor } from '../debtors/service.ts';
import { recordFeedEvents } from '../feed/store.ts';
import { formatDate, type IsoDate, isIsoDate } from '../kernel/dates.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { isTimeBarred, limitationDateOf, openAmount } from '../overview/overview.ts';
import { audit } from '../platform/audit.ts';
import { momentOf } from '../platform/clock.ts';
import type { Database, Executor } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import type { Scope } from '../platform/scope.ts';
import { insertMilestone } from './journey-store.ts';
import { plansMessages } from './messages.ts';
import { planSettings } from './settings-service.ts';
import {
  type BundleCandidate,
  bundledClaimsOf,
  findFile,
  freezeClaim,
  livePlanOfFile,
  openClaimsOf,
  openFileOfDebtor,
  releaseClaims,
} from './store.ts';

export interface Consent {
  readonly date: IsoDate;
  /** How consent was given: `written`, `digital`, `verbal` … */
  readonly form: string;
  /** Where the evidence is kept (document number, scan reference). */
  readonly evidence: string;
}

export interface OpenFileInput {
  readonly debtorId: string;
  readonly consent: Consent;
  /**
   * Claims to bundle (uuids); default all open claims of participating departments, disputed and
   * time-barred ones excluded.
   */
  readonly claimIds?: readonly string[];
  /** Required when a chosen claim is time-barred (its limitation date passed): why it is bundled anyway. */
  readonly timeBarredReason?: string;
  /** Household file: the partner's claims too, with the partner's own consent. */
  readonly partner?: { readonly debtorId: string; readonly consent: Consent };
  /** Waive charges already added (OSLO Vermindering); default from the organisation's policy (on). */
  readonly waiveCharges?: boolean;
}

export interface OpenedFile {
  readonly fileId: string;
  readonly bundled: number;
  readonly open: number;
  readonly waived: number;
}

export function notFoundFile(scope: Scope): Failure {
  return failure('not_found', 'unknown_file', plansMessages.text(scope.lang, 'unknownFile'));
}

function consentProblem(scope: Scope, c: Consent): Failure | null {
  if (!isIsoDate(c.date) || c.form.trim() === '' || c.evidence.trim() === '') {
    return failure('invalid', 'consent_required', plansMessages.text(scope.lang, 'consentRequired'));
  }
  return null;
}

function chooseClaims(
  candidates: BundleCandidate[],
  chosen: readonly string[] | undefined,
  today: IsoDate,
): BundleCandidate[] | null {
  const free = candidates.filter((c) => c.evsFileId === null);
  if (!chosen) return free.filter((c) => c.participates && !c.disputed && !isTimeBarred(c, today));
  const picked = free.filter((c) => chosen.includes(c.id));
  return picked.length === new Set(chosen).size ? picked : null;
}

function timeBarredReasonRequired(scope: Scope, claims: readonly BundleCandidate[]): Failure {
  const list = claims.map((c) => `${c.claimId} (${formatDate(limitationDateOf(c), scope.lang)})`).join(', ');
  return failure(
    'invalid',
    'time_barred_reason_required',
    plansMessages.text(scope.lang, 'timeBarredReasonRequired', { list }),
    { field: 'timeBarredReason', claims: claims.map((c) => c.id) },
  );
}

/** Opens the one EvS file of a person (or household) with consent, bundling and freezing the chosen claims. */
export async function openFile(
  database: Database,
  scope: Scope,
  input: OpenFileInput,
  today: IsoDate,
): Promise<Result<OpenedFile, Failure>> {
  const bad =
    consentProblem(scope, input.consent) ??
    (input.partner ? consentProblem(scope, input.partner.consent) : null);
  if (bad) return err(bad);
  return database.db.transaction().execute(async (trx) => {
    const debtor = await resolveDebtor(trx, scope.orgId, input.debtorId);
    if (!debtor || (scope.debtorIds && !scope.debtorIds.includes(debtor.id)))
      return err(unknownDebtor(scope.lang));
    const partner = input.partner ? await resolveDebtor(trx, scope.orgId, input.partner.debtorId) : undefined;
    if (input.partner && !partner) return err(unknownDebtor(scope.lang));
    for (const id of [debtor.id, partner?.id].filter((x): x is string => !!x)) {
      if (await openFileOfDebtor(trx, scope.orgId, id)) {
        return err(
          failure('conflict', 'file_already_open', plansMessages.text(scope.lang, 'fileAlreadyOpen')),
        );
      }
    }
    const people = [debtor.id, ...(partner ? [partner.id] : [])];
    const claims = chooseClaims(await openClaimsOf(trx, scope.orgId, people), input.claimIds, today);
    if (!claims) {
      return err(failure('invalid', 'unknown_claim', plansMessages.text(scope.lang, 'unknownClaim')));
    }
    if (claims.length === 0) {
      return err(failure('invalid', 'nothing_to_bundle', plansMessages.text(scope.lang, 'nothingToBundle')));
    }
    const timeBarred = claims.filter((c) => isTimeBarred(c, today));
    const timeBarredReason = input.timeBarredReason?.trim() ?? '';
    if (timeBarred.length > 0 && timeBarredReason === '') {
      return err(timeBarredReasonRequired(scope, timeBarred));
    }
    const settings = await planSettings(trx, scope.orgId);
    const waive = input.waiveCharges ?? settings.waiveCharges;
    const file = await trx
      .insertInto('evs_files')
      .values({
        organisation_id: scope.orgId,
        debtor_id: debtor.id,
        household_id: partner ? debtor.household_id : null,
        partner_debtor_id: partner?.id ?? null,
        opened_by: scope.actor,
        opened_at: momentOf(today),
        closed_at: null,
        close_reason: null,
        consent_date: input.consent.date,
        consent_form: input.consent.form.trim(),
        consent_evidence: input.consent.evidence.trim(),
        partner_consent_date: input.partner?.consent.date ?? null,
        partner_consent_evidence: input.partner?.consent.evidence.trim() ?? null,
        milestone: 'in_view',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    let waived = 0;
    let open = 0;
    for (const c of claims) {
      const waive1 = waive ? c.charges : 0;
      const reason = timeBarred.includes(c) ? timeBarredReason : null;
      await freezeClaim(trx, c.id, file.id, c.charges - waive1, momentOf(today), reason);
      if (waive1 > 0) {
        await trx
          .insertInto('claim_reductions')
          .values({
            organisation_id: scope.orgId,
            claim_id: c.id,
            file_id: file.id,
            amount: waive1,
            reason: 'evs_bundling',
            created_by: scope.actor,
            created_at: momentOf(today),
          })
          .execute();
      }
      waived += waive1;
      open += Math.max(0, c.principal + c.charges - waive1 - c.paid);
    }
    await recordFeedEvents(
      trx,
      scope.orgId,
      claims.map((c) => ({
        departmentId: c.departmentId,
        claimId: c.id,
        type: 'bundled',
        key: `bundled:${file.id}:${c.id}`,
        payload: {
          fileId: file.id,
          stopDunning: true,
          stopCharges: true,
          waivedCharges: waive ? c.charges : 0,
          on: today,
        },
      })),
    );
    await insertMilestone(trx, scope.orgId, file.id, {
      milestone: 'in_view',
      reachedOn: today,
      actor: scope.actor,
      note: null,
    });
    await audit(trx, scope, 'plans.file_opened', 'evs_file', file.id, {
      debtor: debtor.id,
      claims: claims.length,
      waived,
      ...(timeBarred.length > 0
        ? {
            timeBarred: timeBarred.map((c) => ({
              claim: c.id,
              limitationDate: limitationDateOf(c),
            })),
            timeBarredReason,
          }
        : {}),
    });
    return ok({ fileId: file.id, bundled: claims.length, open, waived });
  });
}

/** Closes a file: its claims are released (departments may resume) unless a plan is still running. */
export async function closeFile(
  database: Database,
  scope: Scope,
  fileId: string,
  reason: string,
  today: IsoDate,
): Promise<Result<void, Failure>> {
  if (reason.trim() === '') {
    return err(failure('invalid', 'reason_required', plansMessages.text(scope.lang, 'reasonRequired')));
  }
  return database.db.transaction().execute(async (trx) => {
    const file = await visibleFile(trx, scope, fileId);
    if (!file) return err(notFoundFile(scope));
    if (file.status !== 'open')
      return err(failure('conflict', 'file_closed', plansMessages.text(scope.lang, 'fileAlreadyClosed')));
    if (await livePlanOfFile(trx, scope.orgId, fileId)) {
      return err(failure('conflict', 'plan_running', plansMessages.text(scope.lang, 'planRunning')));
    }
    await releaseFile(trx, scope, fileId, today);
    await trx
      .updateTable('evs_files')
      .set({ status: 'closed', closed_at: momentOf(today), close_reason: reason.trim() })
      .where('id', '=', fileId)
      .execute();
    await insertMilestone(trx, scope.orgId, fileId, {
      milestone: 'closed',
      reachedOn: today,
      actor: scope.actor,
      note: reason.trim(),
    });
    await audit(trx, scope, 'plans.file_closed', 'evs_file', fileId, { reason: reason.trim() });
    return ok(undefined);
  });
}

async function releaseFile(trx: Executor, scope: Scope, fileId: string, today: IsoDate): Promise<void> {
  const released = await releaseClaims(trx, scope.orgId, fileId);
  await recordFeedEvents(
    trx,
    scope.orgId,
    released.map((c) => ({
      departmentId: c.department_id,
      claimId: c.id,
      type: 'released',
      key: `released:${fileId}:${c.id}`,
      payload: { fileId, on: today },
    })),
  );
}

/** A file as far as the scope may see it (social workers and citizens: only their people). */
export async function visibleFile(db: Executor, scope: Scope, fileId: string) {
  const file = await findFile(db, scope.orgId, fileId);
  if (!file) return undefined;
  if (scope.debtorIds && !scope.debtorIds.includes(file.debtor_id)) return undefined;
  return file;
}

export async function fileView(database: Database, scope: Scope, fileId: string, today: IsoDate) {
  const file = await visibleFile(database.db, scope, fileId);
  if (!file) return err(notFoundFile(scope));
  const claims = await bundledClaimsOf(database.db, scope.orgId, fileId);
  const visibleClaims = scope.departmentIds
    ? claims.filter((c) => scope.departmentIds?.includes(c.departmentId))
    : claims;
  const reductions = await database.db
    .selectFrom('claim_reductions')
    .select(['claim_id as claimId', 'amount', 'reason', 'created_at as at'])
    .where('organisation_id', '=', scope.orgId)
    .where('file_id', '=', fileId)
    .execute();
  const live = await livePlanOfFile(database.db, scope.orgId, fileId);
  return ok({
    id: file.id,
    debtorId: file.debtor_id,
    partnerDebtorId: file.partner_debtor_id,
    status: file.status,
    milestone: file.milestone,
    openedAt: file.opened_at.toISOString(),
    consent: { date: file.consent_date, form: file.consent_form, evidence: file.consent_evidence },
    referral: file.referral,
    referralDetails: file.referral_details,
    planId: live?.id ?? null,
    claims: visibleClaims.map((c) => ({
      id: c.id,
      department: c.department,
      claimId: c.claimId,
      category: c.category,
      dueDate: c.dueDate,
      open: openAmount(c),
      limitationDate: limitationDateOf(c),
      timeBarred: openAmount(c) > 0 && isTimeBarred(c, today),
      timeBarredReason: c.timeBarredReason,
      waived: reductions.filter((r) => r.claimId === c.id).reduce((s, r) => s + r.amount, 0),
      status: c.status,
    })),
  });
}

export async function flagReferral(
  trx: Executor,
  scope: Scope,
  fileId: string,
  figures: Record<string, unknown>,
) {
  await trx
    .updateTable('evs_files')
    .set({ referral: true, referral_details: JSON.stringify(figures) })
    .where('organisation_id', '=', scope.orgId)
    .where('id', '=', fileId)
    .execute();
  await audit(trx, scope, 'plans.file_flagged_for_referral', 'evs_file', fileId, figures);
}

/**
 * Flags a file for referral unless it already is (the first figures stay), audited; false when it
 * was flagged already. The condition is in the update, so two requests at once flag it once.
 */
export async function flagReferralOnce(
  trx: Executor,
  scope: Scope,
  fileId: string,
  figures: Record<string, unknown>,
): Promise<boolean> {
  const r = await trx
    .updateTable('evs_files')
    .set({ referral: true, referral_details: JSON.stringify(figures) })
    .where('organisation_id', '=', scope.orgId)
    .where('id', '=', fileId)
    .where('referral', '=', false)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) return false;
  await audit(trx, scope, 'plans.file_flagged_for_referral', 'evs_file', fileId, figures);
  return true;
}

export { bundledClaimsOf };
