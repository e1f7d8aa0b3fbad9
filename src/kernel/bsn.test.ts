import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidBsn, parseBsn } from './bsn.ts';

/** Completes 8 digits with the check digit, or null when no digit 0–9 fits. */
function completeBsn(eight: string): string | null {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(eight[i]);
  const last = sum % 11;
  return last === 10 ? null : `${eight}${last}`;
}

describe('BSN', () => {
  it('accepts valid numbers (11-check)', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
    expect(parseBsn(' 1112.22.333 ')).toEqual({ ok: true, value: '111222333' });
    expect(parseBsn('11122233')).toEqual({ ok: false, error: 'BSN fails the 11-check' });
  });

  it('pads an 8-digit number with the implied leading zero', () => {
    const nine = completeBsn('01234567');
    expect(nine).not.toBeNull();
    expect(parseBsn((nine ?? '').slice(1))).toEqual({ ok: true, value: nine });
  });

  it.each(['123456789', '000000000', '12345678901', 'abcdefghi', ''])('rejects %j', (text) => {
    expect(isValidBsn(text)).toBe(false);
  });

  it('accepts every completed number and rejects any single changed digit', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9]{8}$/),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (eight, pos, delta) => {
          const bsn = completeBsn(eight);
          if (bsn === null || bsn === '000000000') return;
          expect(isValidBsn(bsn)).toBe(true);
          const changed = `${bsn.slice(0, pos)}${(Number(bsn[pos]) + delta) % 10}${bsn.slice(pos + 1)}`;
          expect(isValidBsn(changed)).toBe(false);
        },
      ),
    );
  });
});
