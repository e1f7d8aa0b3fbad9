import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBalanceRequestFanOut, fanOutErrorText } from './consent.ts';

const req = (
  recipientCount: number,
  consentReference: string | null = null,
  senderRequiresConsent = false,
) => ({
  recipientCount,
  consentReference,
  senderRequiresConsent,
});

describe('balance request fan-out (abuse rule)', () => {
  it('up to 10 creditors needs no consent, 11 does', () => {
    expect(checkBalanceRequestFanOut(req(10)).ok).toBe(true);
    expect(checkBalanceRequestFanOut(req(11))).toEqual({
      ok: false,
      error: { code: 'consent-required', recipientCount: 11, threshold: 10 },
    });
    expect(checkBalanceRequestFanOut(req(11, 'TV-2026-014')).ok).toBe(true);
    expect(checkBalanceRequestFanOut(req(11, '   ')).ok).toBe(false);
  });

  it('threshold and cap are configurable; the cap holds even with consent', () => {
    const config = { consentThreshold: 3, maxRecipients: 5 };
    expect(checkBalanceRequestFanOut(req(4), config).ok).toBe(false);
    expect(checkBalanceRequestFanOut(req(6, 'TV-1'), config)).toEqual({
      ok: false,
      error: { code: 'too-many-recipients', recipientCount: 6, max: 5 },
    });
    expect(checkBalanceRequestFanOut(req(0)).ok).toBe(false);
  });

  it('a sender marked "consent required" always needs one', () => {
    expect(checkBalanceRequestFanOut(req(1, null, true))).toEqual({
      ok: false,
      error: { code: 'consent-required-for-sender' },
    });
    expect(checkBalanceRequestFanOut(req(1, 'BESCH-77', true)).ok).toBe(true);
  });

  it('property: without consent, allowed exactly when 1 <= n <= threshold', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2, max: 80 }), fc.integer({ min: 1, max: 30 }), (n, threshold) => {
        const result = checkBalanceRequestFanOut(req(n), { consentThreshold: threshold, maxRecipients: 50 });
        expect(result.ok).toBe(n >= 1 && n <= Math.min(threshold, 50));
      }),
    );
  });

  it('explains itself in nl and en', () => {
    const error = { code: 'consent-required', recipientCount: 12, threshold: 10 } as const;
    expect(fanOutErrorText(error)).toMatch(/meer dan 10 schuldeisers.*\(nu 12\).*toestemmingsverklaring/);
    expect(fanOutErrorText(error, 'en')).toMatch(/more than 10 creditors.*consent statement/);
  });
});
