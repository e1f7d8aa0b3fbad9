import { addMonths, daysInMonth, type IsoDate, isIsoDate, isoDateFrom } from '../kernel/dates.ts';
import type { Cents } from '../kernel/money.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { type HolidayCountry, nextWorkingDay } from '../kernel/working-days.ts';

/** One instalment (OSLO Afbetalingsplanonderdeel: afTeBetalenBedrag + uitersteBetaaldatum). */
export interface Instalment {
  readonly seq: number;
  readonly dueDate: IsoDate;
  readonly amount: Cents;
}

export interface ScheduleInput {
  readonly startAmount: Cents;
  /** Give exactly one of `monthly` (amount per month) or `months` (number of instalments wanted). */
  readonly monthly?: Cents;
  readonly months?: number;
  /** No instalment falls before this date. */
  readonly firstDue: IsoDate;
  /** Day of the month the instalments fall on (clamped to short months), then moved to a working day. */
  readonly dayOfMonth: number;
  readonly minInstalment: Cents;
  readonly maxMonths: number;
  readonly country: HolidayCountry;
}

export type ScheduleError =
  | { readonly code: 'invalid_input'; readonly field: string }
  | { readonly code: 'instalment_below_minimum'; readonly monthly: Cents; readonly minInstalment: Cents }
  | { readonly code: 'term_too_long'; readonly months: number; readonly maxMonths: number }
  | {
      readonly code: 'needs_referral';
      readonly figures: {
        readonly startAmount: Cents;
        readonly monthly: Cents;
        readonly monthsNeeded: number;
        readonly maxMonths: number;
      };
    };

const isPositiveCents = (n: unknown): n is number =>
  typeof n === 'number' && Number.isSafeInteger(n) && n > 0;
const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 1;

function invalidField(input: ScheduleInput): string | null {
  if (!isPositiveCents(input.startAmount)) return 'startAmount';
  if ((input.monthly === undefined) === (input.months === undefined)) return 'monthly|months';
  if (input.monthly !== undefined && !isPositiveCents(input.monthly)) return 'monthly';
  if (input.months !== undefined && !isCount(input.months)) return 'months';
  if (!isIsoDate(input.firstDue)) return 'firstDue';
  if (!Number.isInteger(input.dayOfMonth) || input.dayOfMonth < 1 || input.dayOfMonth > 31)
    return 'dayOfMonth';
  if (!Number.isSafeInteger(input.minInstalment) || input.minInstalment < 0) return 'minInstalment';
  if (!isCount(input.maxMonths)) return 'maxMonths';
  return null;
}

/** The monthly amount to use, or why none fits. */
function monthlyAmount(input: ScheduleInput): Result<Cents, ScheduleError> {
  const { startAmount, minInstalment } = input;
  // a debt no larger than the minimum instalment is paid in one go
  if (startAmount <= minInstalment) return ok(startAmount);
  if (input.months !== undefined) {
    if (input.months > input.maxMonths) {
      return err({ code: 'term_too_long', months: input.months, maxMonths: input.maxMonths });
    }
    // fewer instalments rather than instalments below the minimum
    return ok(Math.max(Math.ceil(startAmount / input.months), minInstalment));
  }
  const monthly = input.monthly ?? 0;
  if (monthly < minInstalment) {
    return err({ code: 'instalment_below_minimum', monthly, minInstalment });
  }
  return ok(monthly);
}

/** Nominal due date of the i-th instalment: `dayOfMonth` (clamped) of the i-th month from the first one. */
function nominalDueDates(firstDue: IsoDate, dayOfMonth: number, count: number): IsoDate[] {
  const onDay = (monthStart: IsoDate): IsoDate => {
    const year = Number(monthStart.slice(0, 4));
    const month = Number(monthStart.slice(5, 7));
    return isoDateFrom(year, month, Math.min(dayOfMonth, daysInMonth(year, month))) ?? monthStart;
  };
  let anchor = `${firstDue.slice(0, 7)}-01`;
  if (onDay(anchor) < firstDue) anchor = addMonths(anchor, 1);
  return Array.from({ length: count }, (_, i) => onDay(addMonths(anchor, i)));
}

/**
 * Monthly instalments on a chosen day, moved to the next working day; the last one takes the remainder
 * so that they add up to `startAmount` exactly. A plan that cannot finish within `maxMonths` is flagged
 * for referral (debt mediation), never stretched.
 */
export function buildSchedule(input: ScheduleInput): Result<Instalment[], ScheduleError> {
  const field = invalidField(input);
  if (field) return err({ code: 'invalid_input', field });
  const monthlyResult = monthlyAmount(input);
  if (!monthlyResult.ok) return monthlyResult;
  const monthly = Math.min(monthlyResult.value, input.startAmount);
  const monthsNeeded = Math.ceil(input.startAmount / monthly);
  if (monthsNeeded > input.maxMonths) {
    return err({
      code: 'needs_referral',
      figures: { startAmount: input.startAmount, monthly, monthsNeeded, maxMonths: input.maxMonths },
    });
  }
  const dates = nominalDueDates(input.firstDue, input.dayOfMonth, monthsNeeded);
  return ok(
    dates.map((date, i) => ({
      seq: i + 1,
      dueDate: nextWorkingDay(date, input.country),
      amount: i === monthsNeeded - 1 ? input.startAmount - monthly * (monthsNeeded - 1) : monthly,
    })),
  );
}

export type RescheduleInput = Omit<ScheduleInput, 'startAmount'> & { readonly firstSeq?: number };

/**
 * A new schedule for what remains (OSLO Wijziging). Numbering continues after the instalments already
 * behind us when `firstSeq` is given.
 */
export function reschedule(
  remaining: Cents,
  input: RescheduleInput,
): Result<Instalment[], ScheduleError | { readonly code: 'nothing_remaining' }> {
  if (remaining === 0) return err({ code: 'nothing_remaining' });
  const built = buildSchedule({ ...input, startAmount: remaining });
  if (!built.ok) return built;
  const offset = (input.firstSeq ?? 1) - 1;
  return ok(built.value.map((inst) => ({ ...inst, seq: inst.seq + offset })));
}

export function scheduleTotal(instalments: readonly Instalment[]): Cents {
  return instalments.reduce((sum, inst) => sum + inst.amount, 0);
}
