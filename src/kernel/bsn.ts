import { err, ok, type Result } from './result.ts';

function normalise(text: string): string | null {
  let digits = '';
  for (const ch of text.trim()) {
    if (ch >= '0' && ch <= '9') digits += ch;
    else if (ch !== ' ' && ch !== '.' && ch !== '-') return null;
  }
  // older BSNs are sometimes written with 8 digits: the leading zero is implied
  return digits.length === 8 ? `0${digits}` : digits;
}

/** Dutch citizen service number: 9 digits, 11-check (9·d1 + 8·d2 + … + 2·d8 − d9) mod 11 = 0, not all zeros. */
export function parseBsn(text: string): Result<string> {
  const digits = normalise(text);
  if (digits === null || digits.length !== 9) return err('a BSN has 9 digits');
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  if (sum % 11 !== 0) return err('BSN fails the 11-check');
  if (digits === '000000000') return err('BSN cannot be all zeros');
  return ok(digits);
}

export function isValidBsn(text: string): boolean {
  return parseBsn(text).ok;
}
