import { err, ok, type Result } from './result.ts';

/**
 * ISO 11649 creditor reference: `RF` + 2 check digits + 1–21 letters/digits. Valid when the reference moved
 * behind its first four characters, with letters as numbers (A = 10 … Z = 35), is 1 mod 97.
 */

function mod97(alphanumeric: string): number {
  let rest = 0;
  for (let i = 0; i < alphanumeric.length; i++) {
    const c = alphanumeric.charCodeAt(i);
    rest = c <= 57 ? (rest * 10 + (c - 48)) % 97 : (rest * 100 + (c - 55)) % 97;
  }
  return rest;
}

const BODY = /^[0-9A-Z]{1,21}$/;

function compact(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, '').toUpperCase();
}

function isValidCompact(ref: string): boolean {
  if (ref.length < 5 || ref.length > 25 || !ref.startsWith('RF')) return false;
  if (!/^\d\d$/.test(ref.slice(2, 4)) || !BODY.test(ref.slice(4))) return false;
  return mod97(`${ref.slice(4)}${ref.slice(0, 4)}`) === 1;
}

/** Builds `RF` + check digits + base (1–21 letters or digits; spaces removed, upper-cased). */
export function rfFromBase(base: string): string {
  const body = compact(base);
  if (!BODY.test(body)) throw new RangeError('an RF reference base is 1 to 21 letters or digits');
  const check = 98 - mod97(`${body}RF00`);
  return `RF${String(check).padStart(2, '0')}${body}`;
}

/** Accepts `RF18 5390 0754 7034` or `rf18539007547034`; returns the electronic form `RF18539007547034`. */
export function parseRfReference(text: string): Result<string> {
  const ref = compact(text);
  if (!/^RF\d\d[0-9A-Z]{1,21}$/.test(ref))
    return err('a creditor reference is RF, 2 digits and 1–21 characters');
  if (!isValidCompact(ref)) return err('creditor reference check digits do not match');
  return ok(ref);
}

/** Groups of four: `RF18 5390 0754 7034`. */
export function formatRfReference(ref: string): string {
  const parsed = parseRfReference(ref);
  if (!parsed.ok) throw new RangeError(parsed.error);
  return parsed.value.replace(/(.{4})(?!$)/g, '$1 ');
}

function isAlnum(ch: string | undefined): boolean {
  return ch !== undefined && /^[0-9A-Za-z]$/.test(ch);
}

/**
 * Finds a creditor reference in free text, written compact (`RF18539007547034`) or in groups
 * (`RF18 5390 0754 7034`). For grouped writing, groups of four are joined (the printed convention), not
 * lower-case words after an upper-case `RF`, and the longest valid join wins. Returns an error when an RF-shaped reference is present but none is
 * valid, and null when the text holds none.
 */
export function findRfInText(text: string): Result<string> | null {
  let sawShape = false;
  for (let i = 0; i + 4 < text.length; i++) {
    if ((text[i] !== 'R' && text[i] !== 'r') || (text[i + 1] !== 'F' && text[i + 1] !== 'f')) continue;
    if (isAlnum(text[i - 1])) continue;
    let j = i + 2;
    if (text[j] === ' ') j++;
    if (!/^\d\d$/.test(text.slice(j, j + 2))) continue;
    const head = `RF${text.slice(j, j + 2)}`;
    j += 2;
    // tokens: runs of letters/digits separated by a single space
    const tokens: string[] = [];
    let current = '';
    for (; j <= text.length; j++) {
      const ch = text[j];
      if (isAlnum(ch)) {
        current += ch;
      } else {
        if (current !== '') tokens.push(current);
        current = '';
        if (ch !== ' ' || !isAlnum(text[j + 1])) break;
      }
    }
    if (tokens.length === 0) continue;
    sawShape = true;
    // the first token may be glued to the check digits (compact writing) or be the first group of four
    // and a lower-case word after an upper-case RF is the sentence going on ("RF18 5390 0754 7034 dank u")
    const typedLower = text[i] === 'r';
    let usable = 1;
    while (
      usable < tokens.length &&
      tokens[usable - 1]?.length === 4 &&
      (tokens[usable]?.length ?? 0) <= 4 &&
      (typedLower || !/[a-z]/.test(tokens[usable] ?? ''))
    ) {
      usable++;
    }
    for (let count = usable; count >= 1; count--) {
      const candidate = `${head}${tokens.slice(0, count).join('')}`.toUpperCase();
      if (isValidCompact(candidate)) return ok(candidate);
    }
  }
  return sawShape ? err('creditor reference check digits do not match') : null;
}
