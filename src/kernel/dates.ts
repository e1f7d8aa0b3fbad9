import { err, ok, type Result } from './result.ts';

/** A calendar date `YYYY-MM-DD` (no time, no time zone). */
export type IsoDate = string;

import type { Lang } from './i18n.ts';

export type DateLang = Lang;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Builds an IsoDate from numbers; null when the date does not exist. */
export function isoDateFrom(year: number, month: number, day: number): IsoDate | null {
  return isValidYmd(year, month, day) ? `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` : null;
}

function isDigits(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** True for an existing calendar date written exactly as `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return false;
  if (!isDigits(text, 0, 4) || !isDigits(text, 5, 7) || !isDigits(text, 8, 10)) return false;
  return isValidYmd(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
}

function ymd(date: IsoDate): [number, number, number] {
  if (!isIsoDate(date)) throw new RangeError(`not an ISO date: ${JSON.stringify(date)}`);
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/**
 * Reads a date as typed in Belgium or exported by software: `dd/mm/yyyy`, `d/m/yyyy`, `dd-mm-yyyy`,
 * `dd.mm.yyyy`, `yyyy-mm-dd`. Rejects dates that do not exist (31/02/2025).
 */
export function parseDate(text: string): Result<IsoDate> {
  const t = text.trim();
  const parts = t.split(/[/.-]/);
  if (parts.length !== 3 || parts.some((p) => p.length === 0 || !isDigits(p, 0, p.length))) {
    return err('expected a date like 23/11/2026 or 2026-11-23');
  }
  const [a = '', b = '', c = ''] = parts;
  const sep = t[a.length];
  if (t[a.length + 1 + b.length] !== sep) return err('mixed separators in date');
  let year: number;
  let month: number;
  let day: number;
  if (a.length === 4 && sep === '-' && b.length === 2 && c.length === 2) {
    [year, month, day] = [Number(a), Number(b), Number(c)];
  } else if (a.length <= 2 && b.length <= 2 && c.length === 4) {
    [year, month, day] = [Number(c), Number(b), Number(a)];
  } else {
    return err('expected a date like 23/11/2026 or 2026-11-23');
  }
  const date = isoDateFrom(year, month, day);
  return date === null ? err(`date does not exist: ${t}`) : ok(date);
}

/** Days since 1970-01-01 (proleptic Gregorian), integer arithmetic only (H. Hinnant's days_from_civil). */
export function toDayNumber(date: IsoDate): number {
  const [y0, m, d] = ymd(date);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isSafeInteger(dayNumber)) throw new RangeError(`not a day number: ${dayNumber}`);
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const date = isoDateFrom(year, month, day);
  if (date === null) throw new RangeError(`date out of range (years 1–9999): day ${dayNumber}`);
  return date;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`not a whole number of days: ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/** Adds calendar months; the day is clamped to the end of a shorter month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`not a whole number of months: ${months}`);
  const [y, m, d] = ymd(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const result = isoDateFrom(year, month, Math.min(d, daysInMonth(year, month)));
  if (result === null) throw new RangeError(`date out of range (years 1–9999): ${date} + ${months} months`);
  return result;
}

export interface IsoDuration {
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
}

/** Date-only ISO 8601 durations: `P5Y`, `P3M`, `P30D`, `P2W`, `P1Y6M`, `-P10D`. */
export function parseIsoDuration(text: string): Result<IsoDuration> {
  const m = /^(-)?P(?:(\d{1,4})Y)?(?:(\d{1,5})M)?(?:(\d{1,5})W)?(?:(\d{1,6})D)?$/.exec(text.trim());
  if (m === null || (m[2] === undefined && m[3] === undefined && m[4] === undefined && m[5] === undefined)) {
    return err(`expected a duration like P5Y, P3M, P30D or P1Y6M: ${JSON.stringify(text)}`);
  }
  const sign = m[1] === '-' ? -1 : 1;
  const num = (s: string | undefined): number => (s === undefined ? 0 : sign * Number(s));
  return ok({ years: num(m[2]), months: num(m[3]), weeks: num(m[4]), days: num(m[5]) });
}

/**
 * Adds an ISO 8601 date duration. Years and months are added together first (clamped to the month end
 * once, so P1Y6M from 31 Aug gives the last day of February), then weeks and days.
 * An invalid duration is a programming/config error and throws.
 */
export function addIsoDuration(date: IsoDate, duration: string): IsoDate {
  const parsed = parseIsoDuration(duration);
  if (!parsed.ok) throw new RangeError(parsed.error);
  const { years, months, weeks, days } = parsed.value;
  const afterMonths = years === 0 && months === 0 ? date : addMonths(date, years * 12 + months);
  return addDays(afterMonths, weeks * 7 + days);
}

/** b − a in days (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** `23/11/2026` — Belgian notation; English pages in a Belgian service use the same day-first order. */
export function formatDate(date: IsoDate, _lang: DateLang = 'nl'): string {
  const [y, m, d] = ymd(date);
  return `${pad(d, 2)}/${pad(m, 2)}/${pad(y, 4)}`;
}

export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  ymd(a);
  ymd(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4)
  const n = toDayNumber(date);
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

export function endOfMonth(date: IsoDate): IsoDate {
  const [y, m] = ymd(date);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(daysInMonth(y, m), 2)}`;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) <= 0 ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) >= 0 ? a : b;
}

/**
 * The instant at which something happens on the business day `today`: `now` itself when `now` falls on
 * that (UTC) day, else `today` at now's time of day — so records that reports group by day or month
 * follow the "today" a caller passes (a test, a CLI `--date`), never the wall clock alone.
 */
export function instantOn(today: IsoDate, now: Date): Date {
  const iso = now.toISOString();
  if (iso.slice(0, 10) === today) return now;
  return new Date(`${today}${iso.slice(10)}`);
}

/** Parses `MM-DD,MM-DD,…` (days of any year); null when any part is not a real day of the month. */
export function parseMonthDays(text: string): string[] | null {
  const days = text
    .split(',')
    .map((d) => d.trim())
    .filter((d) => d !== '');
  const valid = days.every((d) => {
    const m = /^(\d{2})-(\d{2})$/.exec(d);
    if (!m) return false;
    const month = Number(m[1]);
    const day = Number(m[2]);
    const maxDay = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
    return day >= 1 && day <= maxDay;
  });
  return valid && days.length > 0 ? days : null;
}
