import { err, ok, type Result } from './result.ts';

/**
 * Belgian structured communication (OGM/VCS, "gestructureerde mededeling"): a 10-digit base followed by
 * 2 check digits = base mod 97, where 0 becomes 97. Printed `+++123/4567/89002+++`.
 */

function checkOf(base10: string): string {
  const rest = Number(base10) % 97;
  return String(rest === 0 ? 97 : rest).padStart(2, '0');
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Base (up to 10 digits, left-padded with zeros) → the 12 digits of the OGM. */
export function ogmFromBase(base: string | number): string {
  const text =
    typeof base === 'number' ? (Number.isSafeInteger(base) && base >= 0 ? String(base) : '') : base;
  if (!/^\d{1,10}$/.test(text)) throw new RangeError('an OGM base is 1 to 10 digits');
  const base10 = text.padStart(10, '0');
  return `${base10}${checkOf(base10)}`;
}

export function isValidOgmDigits(digits: string): boolean {
  return /^\d{12}$/.test(digits) && checkOf(digits.slice(0, 10)) === digits.slice(10);
}

/**
 * Accepts `+++123/4567/89002+++`, `***123/4567/89002***`, `123/4567/89002`, `123456789002` (spaces and
 * dots tolerated) and returns the 12 digits when the check digits match.
 */
export function parseOgm(text: string): Result<string> {
  let t = text.trim();
  const wrapper = t.slice(0, 3);
  if (wrapper === '+++' || wrapper === '***') {
    if (!t.endsWith(wrapper) || t.length < 6) return err('structured reference: unbalanced +++ or ***');
    t = t.slice(3, -3);
  }
  let digits = '';
  for (const ch of t) {
    if (ch >= '0' && ch <= '9') digits += ch;
    else if (ch !== '/' && ch !== ' ' && ch !== '.' && ch !== '\u00a0')
      return err('structured reference has 12 digits');
  }
  if (digits.length !== 12) return err('structured reference has 12 digits');
  if (!isValidOgmDigits(digits)) return err('structured reference check digits do not match');
  return ok(digits);
}

/** `123456789002` → `+++123/4567/89002+++`. */
export function formatOgm(digits: string): string {
  const parsed = parseOgm(digits);
  if (!parsed.ok) throw new RangeError(parsed.error);
  const d = parsed.value;
  return `+++${d.slice(0, 3)}/${d.slice(3, 7)}/${d.slice(7)}+++`;
}

interface DigitGroup {
  readonly start: number;
  readonly end: number;
  /** Touches a letter, as in `BE68…` or `RF18…`: then its chain is another kind of reference. */
  readonly nextToLetter: boolean;
}

function digitGroups(text: string): DigitGroup[] {
  const groups: DigitGroup[] = [];
  for (let i = 0; i < text.length; ) {
    if (!isDigitCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isDigitCode(text.charCodeAt(i))) i++;
    const nextToLetter = isLetterCode(text.charCodeAt(start - 1)) || isLetterCode(text.charCodeAt(i));
    groups.push({ start, end: i, nextToLetter });
  }
  return groups;
}

/** Groups separated by at most 3 characters of spaces, slashes, dots or dashes belong to one number. */
function joinable(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch !== ' ' && ch !== '/' && ch !== '.' && ch !== '-' && ch !== '\u00a0') return false;
  }
  return true;
}

function wrappedAt(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start).trim();
  const after = text.slice(end, end + 4).trim();
  return (
    (before.endsWith('+++') && after.startsWith('+++')) || (before.endsWith('***') && after.startsWith('***'))
  );
}

/**
 * Finds a structured reference typed inside free text (bank statement communication, e-mail): with or
 * without +++/***, slashes or spaces. Returns the first one whose check digits are valid, preferring the
 * usual shapes (3/4/5 groups or 12 digits in one run) over other groupings. Returns an error when
 * something shaped like an OGM (3/4/5 groups, or wrapped in +++) is present but none has a valid check,
 * and null when the text holds no OGM-shaped number at all.
 */
export function findOgmInText(text: string): Result<string> | null {
  const groups = digitGroups(text);
  let otherValid: string | null = null;
  let shapedButInvalid = false;
  let chainStart = 0;
  while (chainStart < groups.length) {
    let chainEnd = chainStart + 1;
    while (
      chainEnd < groups.length &&
      joinable(text, groups[chainEnd - 1]?.end ?? 0, groups[chainEnd]?.start ?? 0)
    ) {
      chainEnd++;
    }
    const chain = groups.slice(chainStart, chainEnd);
    chainStart = chainEnd;
    if (chain.some((g) => g.nextToLetter)) continue;
    for (let i = 0; i < chain.length; i++) {
      let digits = '';
      const lengths: number[] = [];
      for (let j = i; j < chain.length && digits.length < 12; j++) {
        const g = chain[j];
        if (g === undefined) break;
        digits += text.slice(g.start, g.end);
        lengths.push(g.end - g.start);
      }
      if (digits.length !== 12) continue;
      const first = chain[i];
      const last = chain[i + lengths.length - 1];
      const wrapped = first !== undefined && last !== undefined && wrappedAt(text, first.start, last.end);
      const usualShape = lengths.join() === '12' || lengths.join() === '3,4,5';
      const valid = isValidOgmDigits(digits);
      if (valid && (usualShape || wrapped)) return ok(digits);
      if (valid && otherValid === null) otherValid = digits;
      if (!valid && (wrapped || lengths.join() === '3,4,5')) shapedButInvalid = true;
    }
  }
  if (otherValid !== null) return ok(otherValid);
  return shapedButInvalid ? err('structured reference check digits do not match') : null;
}
