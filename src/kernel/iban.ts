import { electronicFormatIBAN, friendlyFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';
import { err, ok, type Result } from './result.ts';

function compact(text: string): string {
  let s = text.replace(/[\s.\-\u00a0\u202f]+/g, '').toUpperCase();
  if (s.startsWith('IBAN')) s = s.slice(4);
  return electronicFormatIBAN(s) ?? s;
}

/** Validates an IBAN (country length, BBAN format, mod 97) and returns its electronic form `BE68539007547034`. */
export function parseIban(text: string): Result<string> {
  const iban = compact(text);
  if (iban.length === 0) return err('no IBAN given');
  if (!isValidIBAN(iban)) return err('not a valid IBAN');
  return ok(iban);
}

export function isValidIban(text: string): boolean {
  return parseIban(text).ok;
}

/** Groups of four for people: `BE68 5390 0754 7034`. */
export function formatIban(iban: string): string {
  const electronic = compact(iban);
  return friendlyFormatIBAN(electronic) ?? electronic;
}

/** Validates a BIC (8 or 11 characters) and returns it upper-case without spaces. */
export function parseBic(text: string): Result<string> {
  const bic = text.replace(/\s+/g, '').toUpperCase();
  return isValidBIC(bic) ? ok(bic) : err('not a valid BIC');
}
