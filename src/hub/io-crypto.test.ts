import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decryptBody, encryptBody, type OrganisationKey, parseOrganisationKey } from './io-crypto.ts';
import { VALID_BODIES } from './test-fixtures.ts';

const keyOf = (bytes: Buffer): OrganisationKey => {
  const parsed = parseOrganisationKey(bytes.toString('base64'));
  if (!parsed.ok) throw new Error('test key rejected');
  return parsed.value;
};
const key = keyOf(randomBytes(32));
const body = JSON.stringify(VALID_BODIES['balance-request']);

describe('body encryption (AES-256-GCM)', () => {
  it('round-trips and hides the client name', () => {
    const sealed = encryptBody(body, key, 'msg-1');
    expect(sealed).toMatch(/^v1:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]{22}:[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain('Testmans');
    expect(Buffer.from(sealed.split(':')[3] ?? '', 'base64url').toString('latin1')).not.toContain('Testmans');
    expect(decryptBody(sealed, key, 'msg-1')).toEqual({ ok: true, value: body });
  });

  it('uses a fresh IV each time', () => {
    expect(encryptBody(body, key)).not.toBe(encryptBody(body, key));
  });

  it('detects tampering, a wrong key and moved bodies', () => {
    const sealed = encryptBody(body, key, 'msg-1');
    const [v, iv, tag, ct] = sealed.split(':') as [string, string, string, string];
    const bytes = Buffer.from(ct, 'base64url');
    bytes[5] = (bytes[5] ?? 0) ^ 0x01;
    const flipped = [v, iv, tag, bytes.toString('base64url')].join(':');
    const failed = { ok: false, error: { code: 'authentication-failed' } };
    expect(decryptBody(flipped, key, 'msg-1')).toEqual(failed);
    expect(decryptBody(sealed, keyOf(randomBytes(32)), 'msg-1')).toEqual(failed);
    expect(decryptBody(sealed, key, 'msg-2')).toEqual(failed);
  });

  it('property: any single changed ciphertext byte is detected', () => {
    const sealed = encryptBody('Jan Testmans', key);
    const [v, iv, tag, ct] = sealed.split(':') as [string, string, string, string];
    const raw = Buffer.from(ct, 'base64url');
    fc.assert(
      fc.property(fc.nat({ max: raw.length - 1 }), fc.integer({ min: 1, max: 255 }), (index, mask) => {
        const copy = Buffer.from(raw);
        copy[index] = (copy[index] ?? 0) ^ mask;
        expect(decryptBody([v, iv, tag, copy.toString('base64url')].join(':'), key).ok).toBe(false);
      }),
    );
  });

  it('refuses malformed envelopes and unknown versions', () => {
    expect(decryptBody('hello', key)).toEqual({ ok: false, error: { code: 'malformed' } });
    expect(decryptBody('v1:a:b', key)).toEqual({ ok: false, error: { code: 'malformed' } });
    expect(decryptBody('v1:!!:??:..', key)).toEqual({ ok: false, error: { code: 'malformed' } });
    expect(decryptBody('v2:a:b:c', key)).toEqual({
      ok: false,
      error: { code: 'unsupported-version', version: 'v2' },
    });
  });

  it('parses only 32-byte keys', () => {
    expect(parseOrganisationKey(randomBytes(16).toString('base64')).ok).toBe(false);
    expect(parseOrganisationKey('not base64 at all!').ok).toBe(false);
    expect(parseOrganisationKey(randomBytes(32).toString('base64url')).ok).toBe(true);
  });

  it('handles accents and an empty body', () => {
    for (const text of ['', 'Schuldregeling beëindigd — € 1.234,56']) {
      expect(decryptBody(encryptBody(text, key), key)).toEqual({ ok: true, value: text });
    }
  });
});
