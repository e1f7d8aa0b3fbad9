import { type IsoDate, isoDateFrom } from './dates.ts';
import { err, ok, type Result } from './result.ts';

/** Belgian national register number (rijksregisternummer) or BIS number, 11 digits YYMMDDSSSCC. */
export interface NationalNumber {
  readonly value: string;
  /** Null when the number does not encode a full birth date (month or day 00). */
  readonly birthDate: IsoDate | null;
  readonly kind: 'rrn' | 'bis';
}

/** Strips the usual separators (`85.07.30-033.28`, spaces); returns the digits or null. */
function digitsOnly(text: string, allowed: string): string | null {
  let out = '';
  for (const ch of text.trim()) {
    if (ch >= '0' && ch <= '9') out += ch;
    else if (!allowed.includes(ch)) return null;
  }
  return out;
}

function checkDigits(base9: number, bornFrom2000: boolean): number {
  return 97 - ((bornFrom2000 ? 2_000_000_000 + base9 : base9) % 97);
}

/**
 * Validates a national register or BIS number: mod 97 check over the first 9 digits, or over `2` + the
 * 9 digits for births from 2000 (which variant matches decides the century). BIS numbers carry the month
 * +20 (sex unknown) or +40 (sex known). Month or day 00 means the birth date is unknown.
 */
export function parseNationalNumber(text: string): Result<NationalNumber> {
  const value = digitsOnly(text, '.- \u00a0/');
  if (value === null || value.length !== 11) return err('a national number has 11 digits');
  const base9 = Number(value.slice(0, 9));
  const check = Number(value.slice(9));
  const century = checkDigits(base9, false) === check ? 1900 : checkDigits(base9, true) === check ? 2000 : 0;
  if (century === 0) return err('national number check digits do not match');

  const rawMonth = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  const sequence = Number(value.slice(6, 9));
  if (sequence === 0 || sequence === 999) return err('national number sequence must be 001–998');
  const kind = rawMonth >= 20 ? 'bis' : 'rrn';
  const month = rawMonth >= 40 ? rawMonth - 40 : rawMonth >= 20 ? rawMonth - 20 : rawMonth;
  if (month > 12 || day > 31) return err('national number does not encode a valid birth date');
  if (month === 0 || day === 0) return ok({ value, birthDate: null, kind });
  const birthDate = isoDateFrom(century + Number(value.slice(0, 2)), month, day);
  if (birthDate === null) return err('national number does not encode a valid birth date');
  return ok({ value, birthDate, kind });
}

export function isValidNationalNumber(text: string): boolean {
  return parseNationalNumber(text).ok;
}

/** `85073003328` → `85.07.30-033.28`. */
export function formatNationalNumber(value: string): string {
  const d = digitsOnly(value, '.- ');
  if (d === null || d.length !== 11) throw new RangeError('not an 11-digit national number');
  return `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}-${d.slice(6, 9)}.${d.slice(9)}`;
}

/** Builds a valid number from birth parts; for synthetic test data and fixtures only. */
export function nationalNumberFrom(yymmdd: string, sequence: number, bornFrom2000: boolean): string {
  if (!/^\d{6}$/.test(yymmdd) || !Number.isInteger(sequence) || sequence < 1 || sequence > 998) {
    throw new RangeError('expected YYMMDD and a sequence 1–998');
  }
  const base = `${yymmdd}${String(sequence).padStart(3, '0')}`;
  return `${base}${String(checkDigits(Number(base), bornFrom2000)).padStart(2, '0')}`;
}
