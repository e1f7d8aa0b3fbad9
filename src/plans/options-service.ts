import type { IsoDate } from '../kernel/dates.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { openAmount } from '../overview/overview.ts';
import type { Database } from '../platform/db.ts';
import type { Failure } from '../platform/errors.ts';
import type { Scope } from '../platform/scope.ts';
import { flagReferralOnce, notFoundFile, visibleFile } from './file-service.ts';
import { everyTerm, type PlanOption, planOptions, referralFigures } from './options.ts';
import { firstOfNextMonth } from './service.ts';
import {
  type Affordability,
  type AffordabilityInput,
  affordability,
  planSettings,
} from './settings-service.ts';
import { bundledClaimsOf } from './store.ts';

export interface PlanOptionsResult {
  readonly debtorId: string;
  readonly startAmount: number;
  readonly affordability: Affordability;
  readonly options: PlanOption[];
  /** The figures when no term fits the capacity: the file is then flagged for referral. */
  readonly referral: ReturnType<typeof referralFigures>;
}

/**
 * The capacity and the plan options of a file to compare, on the open amount of its bundled claims.
 * When no term fits, the file is flagged for referral (once, audited) in the same transaction: a
 * write, so the route declares it one (file-routes.ts).
 */
export async function computePlanOptions(
  database: Database,
  scope: Scope,
  fileId: string,
  input: { readonly affordability: AffordabilityInput; readonly terms?: readonly number[] | undefined },
  today: IsoDate,
): Promise<Result<PlanOptionsResult, Failure>> {
  return database.db.transaction().execute(async (trx) => {
    const file = await visibleFile(trx, scope, fileId);
    if (!file) return err(notFoundFile(scope));
    const a = await affordability(trx, scope, input.affordability, today);
    if (!a.ok) return a;
    const settings = await planSettings(trx, scope.orgId);
    const claims = (await bundledClaimsOf(trx, scope.orgId, file.id)).filter((c) => c.status === 'open');
    const startAmount = claims.reduce((s, c) => s + openAmount(c), 0);
    const optionsInput = {
      startAmount,
      capacity: a.value.capacity,
      seizableMax: a.value.seizableMax,
      policy: a.value.policy,
      terms: input.terms ?? everyTerm(settings.maxMonths),
      firstDue: firstOfNextMonth(today),
      dayOfMonth: settings.dayOfMonth,
      minInstalment: settings.minInstalment,
      maxMonths: settings.maxMonths,
      country: settings.country,
    };
    const options = planOptions(optionsInput);
    const referral = startAmount > 0 ? referralFigures(optionsInput, options) : null;
    if (referral) await flagReferralOnce(trx, scope, file.id, referral);
    return ok({ debtorId: file.debtor_id, startAmount, affordability: a.value, options, referral });
  });
}
