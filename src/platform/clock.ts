import { type IsoDate, instantOn } from '../kernel/dates.ts';

/**
 * The one place a service reads the wall clock for a business timestamp: the date comes from the
 * `today` the caller passed, only the time of day from the clock (see `instantOn`).
 */
export function momentOf(today: IsoDate): Date {
  return instantOn(today, new Date());
}
