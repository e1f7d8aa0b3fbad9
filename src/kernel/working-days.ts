import Holidays from 'date-holidays';
import { addDays, type IsoDate, isoWeekday } from './dates.ts';

export type HolidayCountry = 'BE' | 'NL';

const calendars = new Map<HolidayCountry, Holidays>();
const holidaysByYear = new Map<string, ReadonlySet<IsoDate>>();

/** Public holidays (type 'public' in date-holidays, national level) of one year, cached per country+year. */
export function publicHolidays(year: number, country: HolidayCountry = 'BE'): ReadonlySet<IsoDate> {
  const key = `${country}:${year}`;
  const cached = holidaysByYear.get(key);
  if (cached !== undefined) return cached;
  let calendar = calendars.get(country);
  if (calendar === undefined) {
    calendar = new Holidays(country);
    calendars.set(country, calendar);
  }
  const dates = new Set<IsoDate>();
  for (const holiday of calendar.getHolidays(year)) {
    if (holiday.type === 'public') dates.add(holiday.date.slice(0, 10));
  }
  holidaysByYear.set(key, dates);
  return dates;
}

export function isPublicHoliday(date: IsoDate, country: HolidayCountry = 'BE'): boolean {
  return publicHolidays(Number(date.slice(0, 4)), country).has(date);
}

/** Monday to Friday and not a public holiday of the country. */
export function isWorkingDay(date: IsoDate, country: HolidayCountry = 'BE'): boolean {
  return isoWeekday(date) <= 5 && !isPublicHoliday(date, country);
}

/** The date itself when it is a working day, otherwise the first working day after it. */
export function nextWorkingDay(date: IsoDate, country: HolidayCountry = 'BE'): IsoDate {
  let day = date;
  while (!isWorkingDay(day, country)) day = addDays(day, 1);
  return day;
}

/**
 * Moves n working days forward (n < 0: backward), counting only working days after (before) the start:
 * Thursday 24/12/2026 + 1 in BE → Monday 28/12/2026. n = 0 returns the date unchanged.
 */
export function addWorkingDays(date: IsoDate, n: number, country: HolidayCountry = 'BE'): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`not a whole number of working days: ${n}`);
  const step = n < 0 ? -1 : 1;
  let day = date;
  for (let left = Math.abs(n); left > 0; ) {
    day = addDays(day, step);
    if (isWorkingDay(day, country)) left--;
  }
  return day;
}

/**
 * The inverse of addWorkingDays: working days in (from, to] when to is later, minus the working days
 * in [to, from) when to is earlier.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, country: HolidayCountry = 'BE'): number {
  let count = 0;
  if (from <= to) {
    for (let day = addDays(from, 1); day <= to; day = addDays(day, 1))
      if (isWorkingDay(day, country)) count++;
    return count;
  }
  for (let day = to; day < from; day = addDays(day, 1)) if (isWorkingDay(day, country)) count--;
  return count;
}
