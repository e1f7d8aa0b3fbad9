import { err, ok, type Result } from './result.ts';

/** Money is an integer number of euro cents (a safe integer), never a float. */
export type Cents = number;

import type { Lang } from './i18n.ts';

export type MoneyLang = Lang;

const CH_0 = 48;
const CH_9 = 57;
const CH_DOT = 46;
const CH_COMMA = 44;
const CH_MINUS = 45;
const CH_SPACE = 32;
const CH_PLUS = 43;
const CH_EURO = 0x20ac;
const CH_UNICODE_MINUS = 0x2212;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;
}

function isEurLetters(text: string, i: number): boolean {
  const e = text.charCodeAt(i) | 0x20;
  const u = text.charCodeAt(i + 1) | 0x20;
  const r = text.charCodeAt(i + 2) | 0x20;
  return e === 101 && u === 117 && r === 114;
}

function isThousandsGrouping(groups: number[], lastIndex: number, firstGroupLeadingZero: boolean): boolean {
  const first = groups[0] ?? 0;
  if (first < 1 || first > 3 || firstGroupLeadingZero) return false;
  for (let g = 1; g <= lastIndex; g++) if (groups[g] !== 3) return false;
  return true;
}

/**
 * Parses an amount as typed by people or exported by Belgian and international software:
 * `1.234,56`, `1234.56`, `1,234.56`, `€ 12,5`, `-3,00`, `12 EUR`. A single separator followed by exactly
 * three digits is a thousands separator; followed by one or two digits it is the decimal separator.
 * Single pass over the characters, cents built from the digits (no floats, no regex).
 */
export function parseAmount(text: string): Result<Cents> {
  let negative = false;
  let signSeen = false;
  let mantissa = 0;
  let digitCount = 0;
  let firstGroupLeadingZero = false;
  // groups[k] = digits after the k-th separator (groups[0] = digits before the first one)
  const groups: number[] = [0];
  const seps: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= CH_0 && c <= CH_9) {
      if (digitCount === 0 && c === CH_0 && seps.length === 0) firstGroupLeadingZero = true;
      mantissa = mantissa * 10 + (c - CH_0);
      if (mantissa > Number.MAX_SAFE_INTEGER) return err('amount is too large');
      digitCount++;
      groups[seps.length] = (groups[seps.length] ?? 0) + 1;
      i++;
    } else if (c === CH_DOT || c === CH_COMMA) {
      if ((groups[seps.length] ?? 0) === 0 && seps.length > 0) return err('two separators in a row');
      seps.push(c);
      groups.push(0);
      i++;
    } else if (isSpace(c) || c === CH_EURO) {
      if (digitCount > 0 || seps.length > 0) {
        let j = i;
        while (j < n && (isSpace(text.charCodeAt(j)) || text.charCodeAt(j) === CH_EURO)) j++;
        if (j === n || (isEurLetters(text, j) && j + 3 === n)) return finish();
        const next = text.charCodeAt(j);
        const prev = text.charCodeAt(i - 1);
        // a single (non-breaking) space between digits groups thousands, as in fr-BE `1 234,56`
        if (j === i + 1 && c !== CH_EURO && next >= CH_0 && next <= CH_9 && prev >= CH_0 && prev <= CH_9) {
          seps.push(CH_SPACE);
          groups.push(0);
        } else {
          return err('unexpected space inside the amount');
        }
      }
      i++;
    } else if (c === CH_MINUS || c === CH_PLUS || c === CH_UNICODE_MINUS) {
      if (signSeen || digitCount > 0 || seps.length > 0) return err('misplaced sign');
      signSeen = true;
      negative = c !== CH_PLUS;
      i++;
    } else if ((c === 69 || c === 101) && isEurLetters(text, i)) {
      i += 3;
      if (digitCount > 0) {
        while (i < n && isSpace(text.charCodeAt(i))) i++;
        if (i < n) return err('unexpected text after the amount');
      }
    } else {
      return err(`unexpected character "${text[i]}" in amount`);
    }
  }
  return finish();

  function finish(): Result<Cents> {
    if (digitCount === 0) return err('no amount given');
    const k = seps.length;
    let decimals = 0;
    if (k > 0) {
      const last = seps[k - 1] ?? CH_SPACE;
      const tail = groups[k] ?? 0;
      if (tail === 0) return err('amount ends with a separator');
      const first = seps[0] ?? CH_SPACE;
      for (let s = 1; s < k - 1; s++) if (seps[s] !== first) return err('separators are mixed up');
      // with several separators the thousands one comes first; a different last one is the decimal mark
      const lastIsDecimal = last !== CH_SPACE && (k === 1 ? tail !== 3 : last !== first);
      if (k >= 2 && last !== first && !lastIsDecimal) return err('separators are mixed up');
      if (lastIsDecimal) {
        if (tail > 2) return err('more than 2 decimals');
        if (k >= 2 && !isThousandsGrouping(groups, k - 1, firstGroupLeadingZero)) {
          return err('bad thousands grouping');
        }
        decimals = tail;
      } else if (!isThousandsGrouping(groups, k, firstGroupLeadingZero)) {
        return err(k === 1 && tail > 3 ? 'more than 2 decimals' : 'bad thousands grouping');
      }
    }
    const cents = decimals === 2 ? mantissa : decimals === 1 ? mantissa * 10 : mantissa * 100;
    if (cents > Number.MAX_SAFE_INTEGER) return err('amount is too large');
    return ok(negative && cents !== 0 ? -cents : cents);
  }
}

function groupThousands(digits: string, sep: string): string {
  let out = '';
  const head = digits.length % 3;
  if (head > 0) out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) {
    out += (out === '' ? '' : sep) + digits.slice(i, i + 3);
  }
  return out;
}

function splitCents(cents: Cents): { sign: string; whole: string; fraction: string } {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`not a whole number of cents: ${cents}`);
  const abs = String(Math.abs(cents)).padStart(3, '0');
  return {
    sign: cents < 0 ? '-' : '',
    whole: abs.slice(0, -2),
    fraction: abs.slice(-2),
  };
}

/** No-break space (U+00A0): keeps `1 234,56 €` on one line, and the PDF fonts have it (U+202F they lack). */
const NBSP = '\u00a0';

/** `€ 1.234,56` / `-€ 1.234,56` (nl), `1 234,56 €` / `-1 234,56 €` (fr, no-break spaces) or `€1,234.56` (en). */
export function formatEuro(cents: Cents, lang: Lang = 'nl'): string {
  const { sign, whole, fraction } = splitCents(cents);
  if (lang === 'en') return `${sign}€${groupThousands(whole, ',')}.${fraction}`;
  if (lang === 'fr') return `${sign}${groupThousands(whole, NBSP)},${fraction}${NBSP}€`;
  return `${sign}€ ${groupThousands(whole, '.')},${fraction}`;
}

/** Plain decimal for machine formats (CSV, XML): 123456 → `1234.56`, -5 → `-0.05`. */
export function centsToDecimal(cents: Cents): string {
  const { sign, whole, fraction } = splitCents(cents);
  return `${sign}${whole}.${fraction}`;
}

/**
 * Splits `total` cents over parts proportional to `weights` (non-negative integers) with the largest
 * remainder method: the parts are integers adding up exactly to `total`; leftover cents go to the largest
 * remainders, ties to the earlier index. All weights zero → equal split.
 */
export function splitLargestRemainder(total: Cents, weights: readonly number[]): Cents[] {
  if (!Number.isSafeInteger(total)) throw new RangeError(`total is not a whole number of cents: ${total}`);
  for (const w of weights) {
    if (!Number.isSafeInteger(w) || w < 0)
      throw new RangeError(`weight must be a non-negative integer: ${w}`);
  }
  if (weights.length === 0) {
    if (total !== 0) throw new RangeError('cannot split a non-zero total over no parts');
    return [];
  }
  let weightSum = 0;
  for (const w of weights) weightSum += w;
  const effective = weightSum === 0 ? weights.map(() => 1) : weights;
  const sum = weightSum === 0 ? weights.length : weightSum;
  const sign = total < 0 ? -1 : 1;
  const magnitude = Math.abs(total);

  const parts: number[] = new Array(effective.length);
  const remainders: bigint[] | number[] = [];
  let allocated = 0;
  if (Number.isSafeInteger(magnitude * sum) && Number.isSafeInteger(magnitude * Math.max(...effective))) {
    const rem = remainders as number[];
    effective.forEach((w, i) => {
      const product = magnitude * w;
      const part = Math.floor(product / sum);
      parts[i] = part;
      rem[i] = product - part * sum;
      allocated += part;
    });
  } else {
    const rem = remainders as bigint[];
    const bigSum = BigInt(sum);
    effective.forEach((w, i) => {
      const product = BigInt(magnitude) * BigInt(w);
      const part = product / bigSum;
      parts[i] = Number(part);
      rem[i] = product - part * bigSum;
      allocated += Number(part);
    });
  }
  const order = parts.map((_, i) => i);
  order.sort((a, b) => {
    const ra = remainders[a] ?? 0;
    const rb = remainders[b] ?? 0;
    return ra === rb ? a - b : rb > ra ? 1 : -1;
  });
  let leftover = magnitude - allocated;
  for (let k = 0; leftover > 0; k++, leftover--) {
    const idx = order[k % order.length] ?? 0;
    parts[idx] = (parts[idx] ?? 0) + 1;
  }
  return sign < 0 ? parts.map((p) => (p === 0 ? 0 : -p)) : parts;
}
