import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStatement } from './parse-statement.ts';
import type { BankStatement } from './statement.ts';

/** Every valid file we have: our own fixtures and the corpus of real ones. */
const SEEDS: Uint8Array[] = [
  ...['coda-sample.cod', 'camt053-02.xml', 'camt053-08.xml'].map((f) =>
    readFileSync(new URL(`./fixtures/${f}`, import.meta.url)),
  ),
  ...['coda', 'camt053'].flatMap((dir) => {
    const base = new URL(`./fixtures/real/${dir}/`, import.meta.url);
    return readdirSync(base).map((f) => readFileSync(new URL(f, base)));
  }),
];

function wellFormed(statements: readonly BankStatement[]): boolean {
  return statements.every(
    (s) =>
      Number.isSafeInteger(s.openingBalance) &&
      Number.isSafeInteger(s.closingBalance) &&
      /^\d{4}-\d{2}-\d{2}$/.test(s.date) &&
      s.lines.every((l) => Number.isSafeInteger(l.amount) && /^\d{4}-\d{2}-\d{2}$/.test(l.bookingDate)),
  );
}

/** Never a throw: a typed error naming the file, or statements with whole cents and real dates. */
function readsSafely(bytes: Uint8Array): void {
  const r = parseStatement(bytes, 'fuzz.txt');
  if (r.ok) expect(wellFormed(r.value)).toBe(true);
  else {
    expect(typeof r.error.code).toBe('string');
    expect(r.error.message.nl.startsWith('fuzz.txt')).toBe(true);
    expect(r.error.message.en.startsWith('fuzz.txt')).toBe(true);
  }
}

const seed = fc.constantFrom(...SEEDS);
const PRINTABLE = [...'0123456789 ABCXYZ-+.,/:;<>&#"\'=\r\n\t\u00e9\u20ac'];
/** Whole tokens that hit the edges of the readers: odd character references, masked digits, namespaces. */
const TOKENS = [
  '&#1114112;',
  '&#xD800;',
  '&#x;',
  '&#-1;',
  '&amp;',
  '&nope;',
  'XXXXXXXX',
  '-0',
  '1e5',
  '.001',
  'camt.053.001.13',
  '<Ntry>',
  '</Ntry>',
  '<Amt Ccy="CZK">',
  '<DtTm>',
  '99999999999999999',
];

describe('no input crashes a statement reader', () => {
  it('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => readsSafely(bytes)),
      { numRuns: 500 },
    );
  });

  it('random text starting like CODA or XML', () => {
    fc.assert(
      fc.property(fc.constantFrom('0', '<', '<?xml '), fc.string({ maxLength: 400 }), (start, rest) =>
        readsSafely(new TextEncoder().encode(start + rest)),
      ),
      { numRuns: 500 },
    );
  });

  it('truncations of valid files', () => {
    fc.assert(
      fc.property(seed, fc.double({ min: 0, max: 1, noNaN: true }), (file, at) =>
        readsSafely(file.slice(0, Math.floor(file.length * at))),
      ),
      { numRuns: 400 },
    );
  });

  it('field mutations of valid files: characters replaced, inserted or removed', () => {
    const edit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      text: fc.oneof(
        fc.string({ unit: fc.constantFrom(...PRINTABLE), maxLength: 6 }),
        fc.constantFrom(...TOKENS),
      ),
      remove: fc.nat({ max: 6 }),
    });
    fc.assert(
      fc.property(seed, fc.array(edit, { minLength: 1, maxLength: 4 }), (file, edits) => {
        let text = new TextDecoder('latin1').decode(file);
        for (const e of edits) {
          const at = Math.floor(text.length * e.at);
          text = text.slice(0, at) + e.text + text.slice(at + e.remove);
        }
        readsSafely(new TextEncoder().encode(text));
      }),
      { numRuns: 1500 },
    );
  });
});
