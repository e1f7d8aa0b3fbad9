import { err, ok, type Result } from './result.ts';

/**
 * Belgian enterprise number (KBO/BCE ondernemingsnummer): 10 digits, first 0 or 1,
 * last two = 97 − (first 8 mod 97). Accepts `0123.456.749`, `BE 0123 456 749`, `BE0123456749` and the old
 * 9-digit form with the leading 0 implied. Returns the 10 digits.
 */
export function parseCompanyNumber(text: string): Result<string> {
  let rest = text.trim();
  if (rest.slice(0, 2).toUpperCase() === 'BE') rest = rest.slice(2);
  let digits = '';
  for (const ch of rest) {
    if (ch >= '0' && ch <= '9') digits += ch;
    else if (ch !== ' ' && ch !== '.' && ch !== '-' && ch !== '\u00a0')
      return err('an enterprise number has 10 digits');
  }
  if (digits.length === 9) digits = `0${digits}`;
  if (digits.length !== 10) return err('an enterprise number has 10 digits');
  if (digits[0] !== '0' && digits[0] !== '1') return err('an enterprise number starts with 0 or 1');
  if (97 - (Number(digits.slice(0, 8)) % 97) !== Number(digits.slice(8))) {
    return err('enterprise number check digits do not match');
  }
  return ok(digits);
}

export function isValidCompanyNumber(text: string): boolean {
  return parseCompanyNumber(text).ok;
}

/** `0123456749` → `0123.456.749`. */
export function formatCompanyNumber(value: string): string {
  const parsed = parseCompanyNumber(value);
  if (!parsed.ok) throw new RangeError(parsed.error);
  const d = parsed.value;
  return `${d.slice(0, 4)}.${d.slice(4, 7)}.${d.slice(7)}`;
}

/** Builds a valid number from its first 8 digits; for synthetic test data and fixtures only. */
export function companyNumberFrom(first8: string): string {
  if (!/^[01]\d{7}$/.test(first8)) throw new RangeError('expected 8 digits starting with 0 or 1');
  return `${first8}${String(97 - (Number(first8) % 97)).padStart(2, '0')}`;
}
