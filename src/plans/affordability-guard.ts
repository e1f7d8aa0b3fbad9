import { type IsoDate, isIsoDate } from '../kernel/dates.ts';
import type { Cents } from '../kernel/money.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { type Failure, failure } from '../platform/errors.ts';
import type { Scope } from '../platform/scope.ts';
import { plansMessages } from './messages.ts';
import { fitOf } from './options.ts';
import type { Affordability } from './settings-service.ts';
import type { AcceptanceChannel } from './tables.ts';

export const ACCEPTANCE_CHANNELS: readonly AcceptanceChannel[] = [
  'letter_signed',
  'counter',
  'phone',
  'email',
];

const CHANNEL_NL: Record<AcceptanceChannel, string> = {
  letter_signed: 'ondertekende brief',
  counter: 'aan het loket',
  phone: 'telefonisch',
  email: 'per e-mail',
};

/**
 * A plan never takes income below the legal floor; above the repayment capacity it needs a reason
 * that is recorded. Returns the reason to record (null when the amount is haalbaar).
 */
export function checkAffordable(
  scope: Scope,
  monthly: Cents,
  afford: Affordability,
  reason: string | undefined,
): Result<string | null, Failure> {
  const fit = fitOf(monthly, afford.capacity, afford.seizableMax);
  if (fit === 'below_floor') {
    return err(
      failure('invalid', 'below_legal_floor', plansMessages.text(scope.lang, 'belowLegalFloor'), {
        monthly,
        seizableMax: afford.seizableMax,
        protectedIncome: afford.protectedIncome,
      }),
    );
  }
  if (fit === 'affordable') return ok(null);
  const given = reason?.trim() ?? '';
  if (given.length < 10) {
    return err(
      failure(
        'invalid',
        'over_capacity_reason_required',
        plansMessages.text(scope.lang, 'overCapacityReasonRequired'),
        { field: 'overCapacityReason', monthly, capacity: afford.capacity },
      ),
    );
  }
  return ok(given);
}

/** The OSLO Aanvaarding's reason: how and when the person accepted (a date never in the future). */
export function acceptanceNote(
  scope: Scope,
  on: IsoDate,
  channel: AcceptanceChannel,
  today: IsoDate,
): Result<string, Failure> {
  if (!isIsoDate(on) || on > today) {
    return err(
      failure('invalid', 'invalid_acceptance_date', plansMessages.text(scope.lang, 'invalidAcceptanceDate'), {
        field: 'acceptedOn',
      }),
    );
  }
  return ok(`Aanvaard op ${on}, ${CHANNEL_NL[channel]}`);
}
