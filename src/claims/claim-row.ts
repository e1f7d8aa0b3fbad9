import { parseBsn } from '../kernel/bsn.ts';
import { daysInMonth, type IsoDate, parseDate } from '../kernel/dates.ts';
import { type Cents, parseAmount } from '../kernel/money.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import type { ClaimField, HeaderMap } from './columns.ts';
import { type Lang, type MessageParams, type RowErrorCode, rowErrorMessage } from './messages.ts';

export type ClaimStatus = 'open' | 'paid' | 'cancelled';

export interface ClaimRow {
  claimId: string;
  /** Digits only. */
  nationalNumber: string | null;
  /** 'be' = Belgian rijksregister/BIS number, 'nl' = Dutch BSN. */
  nationalNumberKind: 'be' | 'nl' | null;
  customerNumber: string | null;
  name: string;
  birthDate: IsoDate | null;
  street: string | null;
  houseNumber: string | null;
  postalCode: string | null;
  city: string | null;
  category: string;
  principal: Cents;
  charges: Cents;
  paid: Cents;
  issueDate: IsoDate | null;
  dueDate: IsoDate;
  status: ClaimStatus;
}

export interface RowError {
  /** Spreadsheet row number: header = 1, first data row = 2. */
  row: number;
  /** The claim field, or 'record' for a problem with the row as a whole. */
  field: ClaimField | 'record';
  /** Column name as written in the file (our canonical name when the file lacks the column). */
  column: string;
  /** The value as found in the file. */
  value: string;
  code: RowErrorCode;
  message: string;
}

const STATUS_BY_TEXT: ReadonlyMap<string, ClaimStatus> = new Map([
  ['open', 'open'],
  ['paid', 'paid'],
  ['betaald', 'paid'],
  ['cancelled', 'cancelled'],
  ['canceled', 'cancelled'],
  ['geannuleerd', 'cancelled'],
]);

type NationalNumberCheck = { ok: true; value: string; kind: 'be' | 'nl' } | { ok: false; code: RowErrorCode };

/** Separators people put in national numbers: `85.07.30-033.28`, `850730 033 28`, `85/07/30`. */
function isNotationChar(c: number): boolean {
  return c === 46 || c === 45 || c === 32 || c === 47 || c === 9;
}

function digitsOf(text: string): string | null {
  let plain = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) {
      if (!isNotationChar(c)) return null;
      plain = false;
    }
  }
  if (plain) return text;
  let digits = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += text[i];
  }
  return digits;
}

function digitAt(text: string, at: number): number {
  return text.charCodeAt(at) - 48;
}

/**
 * The kernel's parseNationalNumber rules (mod 97 for either century, sequence 001–998, BIS month
 * +20/+40, month or day 00 = unknown date, else an existing date) on char codes, without the slices
 * and strings it builds: this runs for every row. Agreement with the kernel is property-tested.
 */
export function belgianNumberProblem(digits: string): RowErrorCode | null {
  let base = 0;
  for (let i = 0; i < 9; i++) base = base * 10 + digitAt(digits, i);
  const check = digitAt(digits, 9) * 10 + digitAt(digits, 10);
  const century = 97 - (base % 97) === check ? 1900 : 97 - ((2_000_000_000 + base) % 97) === check ? 2000 : 0;
  if (century === 0) return 'national_number_checksum';
  const sequence = digitAt(digits, 6) * 100 + digitAt(digits, 7) * 10 + digitAt(digits, 8);
  if (sequence === 0 || sequence === 999) return 'national_number_sequence';
  const rawMonth = digitAt(digits, 2) * 10 + digitAt(digits, 3);
  const month = rawMonth >= 40 ? rawMonth - 40 : rawMonth >= 20 ? rawMonth - 20 : rawMonth;
  const day = digitAt(digits, 4) * 10 + digitAt(digits, 5);
  if (month > 12 || day > 31) return 'national_number_date';
  if (month === 0 || day === 0) return null;
  const year = century + digitAt(digits, 0) * 10 + digitAt(digits, 1);
  return day > daysInMonth(year, month) ? 'national_number_date' : null;
}

export function checkNationalNumber(text: string): NationalNumberCheck {
  const digits = digitsOf(text);
  if (digits === null) return { ok: false, code: 'national_number_format' };
  if (digits.length === 11) {
    const problem = belgianNumberProblem(digits);
    return problem === null ? { ok: true, value: digits, kind: 'be' } : { ok: false, code: problem };
  }
  if (digits.length === 9 || digits.length === 8) {
    // an 8-digit BSN is an old one written without its leading zero
    const bsn = parseBsn(digits);
    return bsn.ok ? { ok: true, value: bsn.value, kind: 'nl' } : { ok: false, code: 'bsn_checksum' };
  }
  return { ok: false, code: 'national_number_format' };
}

/** Decimal digits `from`..`to` as a number, -1 when one of them is not a digit. */
function digitsValue(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function existingDate(year: number, month: number, day: number): boolean {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The kernel's parseDate, with `dd/mm/yyyy` and `yyyy-mm-dd` (nearly every row) read on char codes
 * instead of its split and regex; anything else goes to the kernel. Agreement is property-tested.
 */
export function readDate(text: string): IsoDate | null {
  if (text.length === 10) {
    if (text.charCodeAt(2) === 47 && text.charCodeAt(5) === 47) {
      const day = digitsValue(text, 0, 2);
      const month = digitsValue(text, 3, 5);
      const year = digitsValue(text, 6, 10);
      if (day >= 0 && month >= 0 && year >= 0) {
        if (!existingDate(year, month, day)) return null;
        return `${text.slice(6, 10)}-${text.slice(3, 5)}-${text.slice(0, 2)}`;
      }
    } else if (text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
      const year = digitsValue(text, 0, 4);
      const month = digitsValue(text, 5, 7);
      const day = digitsValue(text, 8, 10);
      if (day >= 0 && month >= 0 && year >= 0) return existingDate(year, month, day) ? text : null;
    }
  }
  const parsed = parseDate(text);
  return parsed.ok ? parsed.value : null;
}

/**
 * The kernel's parseAmount for the plain forms `1234`, `1234,5`, `1234.56` on char codes; anything
 * else (thousands separators, signs, €) goes to the kernel. Agreement is property-tested.
 */
export function readAmount(text: string): Result<Cents> {
  const n = text.length;
  if (n > 0 && n <= 13) {
    let cents = 0;
    let decimals = -1;
    let plain = true;
    for (let i = 0; i < n && plain; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        cents = cents * 10 + (c - 48);
        if (decimals >= 0) decimals++;
      } else if ((c === 44 || c === 46) && decimals < 0 && i > 0) {
        decimals = 0;
      } else {
        plain = false;
      }
    }
    if (plain && decimals !== 0 && decimals <= 2) {
      return ok(decimals === 2 ? cents : decimals === 1 ? cents * 10 : cents * 100);
    }
  }
  return parseAmount(text);
}

/** Per-row state of validateClaimRecord: one object per row instead of closures. */
interface RowCheck {
  readonly map: HeaderMap;
  readonly row: number;
  readonly lang: Lang;
  errors: RowError[] | null;
}

function report(
  check: RowCheck,
  field: ClaimField | 'record',
  value: string,
  code: RowErrorCode,
  params?: MessageParams,
): void {
  const column = field === 'record' ? '' : check.map.columnName[field];
  const message = rowErrorMessage(code, check.lang, { column, ...params });
  const error: RowError = { row: check.row, field, column, value, code, message };
  if (check.errors === null) check.errors = [error];
  else check.errors.push(error);
}

/** The trimmed value at column `i` (-1 = the file has no such column); '' when absent. */
function textAt(fields: readonly string[], i: number): string {
  const value = i < 0 ? undefined : fields[i];
  if (value === undefined || value === '') return '';
  // trim only when an end is not plain ASCII: most values need no new string
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127 ? value : value.trim();
}

function requiredText(check: RowCheck, field: ClaimField, value: string): string {
  if (value === '') report(check, field, value, 'required');
  return value;
}

function optionalText(value: string): string | null {
  return value === '' ? null : value;
}

function amountOf(check: RowCheck, field: 'principal' | 'charges' | 'paid', value: string): Cents {
  if (value === '') {
    if (field === 'principal') report(check, field, value, 'required');
    return 0;
  }
  const parsed = readAmount(value);
  if (!parsed.ok) report(check, field, value, 'amount_invalid');
  else if (field === 'principal' && parsed.value <= 0) report(check, field, value, 'amount_not_positive');
  else if (parsed.value < 0) report(check, field, value, 'amount_negative');
  return parsed.ok ? parsed.value : 0;
}

function dateOf(
  check: RowCheck,
  field: 'birthDate' | 'issueDate' | 'dueDate',
  value: string,
): IsoDate | null {
  if (value === '') {
    if (field === 'dueDate') report(check, field, value, 'required');
    return null;
  }
  const date = readDate(value);
  if (date === null) report(check, field, value, 'date_invalid');
  return date;
}

function hasExtraText(fields: readonly string[], from: number): boolean {
  for (let i = from; i < fields.length; i++) if ((fields[i] ?? '').trim() !== '') return true;
  return false;
}

/**
 * Checks one data record against the import rules and converts it. Reports every problem of the
 * row, not only the first. Values are trimmed; an empty value counts as absent.
 */
export function validateClaimRecord(
  fields: readonly string[],
  map: HeaderMap,
  row: number,
  lang: Lang = 'nl',
): Result<ClaimRow, RowError[]> {
  const check: RowCheck = { map, row, lang, errors: null };
  const ix = map.index;
  if (fields.length > map.columnCount && hasExtraText(fields, map.columnCount)) {
    report(check, 'record', '', 'too_many_fields', { count: fields.length, expected: map.columnCount });
  }
  const claimId = requiredText(check, 'claimId', textAt(fields, ix.claimId));
  const name = requiredText(check, 'name', textAt(fields, ix.name));
  const category = requiredText(check, 'category', textAt(fields, ix.category));
  const customerNumber = optionalText(textAt(fields, ix.customerNumber));
  const nationalText = textAt(fields, ix.nationalNumber);
  let nationalNumber: string | null = null;
  let nationalNumberKind: 'be' | 'nl' | null = null;
  if (nationalText !== '') {
    const checked = checkNationalNumber(nationalText);
    if (checked.ok) {
      nationalNumber = checked.value;
      nationalNumberKind = checked.kind;
    } else {
      report(check, 'nationalNumber', nationalText, checked.code);
    }
  } else if (customerNumber === null) {
    report(check, 'nationalNumber', '', 'identifier_missing');
  }
  const principal = amountOf(check, 'principal', textAt(fields, ix.principal));
  const charges = amountOf(check, 'charges', textAt(fields, ix.charges));
  const paid = amountOf(check, 'paid', textAt(fields, ix.paid));
  const birthDate = dateOf(check, 'birthDate', textAt(fields, ix.birthDate));
  const issueDate = dateOf(check, 'issueDate', textAt(fields, ix.issueDate));
  const dueDate = dateOf(check, 'dueDate', textAt(fields, ix.dueDate));
  const statusText = textAt(fields, ix.status);
  let status: ClaimStatus = 'open';
  if (statusText !== '') {
    const found = STATUS_BY_TEXT.get(statusText.toLowerCase());
    if (found === undefined) report(check, 'status', statusText, 'status_invalid');
    else status = found;
  }

  if (check.errors !== null || dueDate === null) return err(check.errors ?? []);
  return ok({
    claimId,
    nationalNumber,
    nationalNumberKind,
    customerNumber,
    name,
    birthDate,
    street: optionalText(textAt(fields, ix.street)),
    houseNumber: optionalText(textAt(fields, ix.houseNumber)),
    postalCode: optionalText(textAt(fields, ix.postalCode)),
    city: optionalText(textAt(fields, ix.city)),
    category,
    principal,
    charges,
    paid,
    issueDate,
    dueDate,
    status,
  });
}
