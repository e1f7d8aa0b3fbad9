import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { err, ok, type Result } from '../kernel/result.ts';

/**
 * Message bodies at rest: AES-256-GCM with one key per organisation (32 bytes, base64 in config),
 * a random 12-byte IV per message and the 16-byte authentication tag, stored as the versioned
 * string `v1:<iv>:<tag>:<ciphertext>` (each part base64url). Optional associated data (e.g. the
 * message id) is authenticated but not stored, so a body cannot be moved to another message.
 */
const VERSION = 'v1';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export type OrganisationKey = { readonly kind: 'organisation-key'; readonly bytes: Buffer };

export type CryptoError =
  | { readonly code: 'invalid-key' }
  | { readonly code: 'malformed' }
  | { readonly code: 'unsupported-version'; readonly version: string }
  | { readonly code: 'authentication-failed' };

/** Parse a key from config: base64 (or base64url) of exactly 32 bytes. */
export function parseOrganisationKey(base64: string): Result<OrganisationKey, CryptoError> {
  const text = base64.trim();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return err({ code: 'invalid-key' });
  const bytes = Buffer.from(text, text.includes('-') || text.includes('_') ? 'base64url' : 'base64');
  return bytes.length === KEY_BYTES ? ok({ kind: 'organisation-key', bytes }) : err({ code: 'invalid-key' });
}

export function encryptBody(plaintext: string, key: OrganisationKey, associatedData = ''): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key.bytes, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), ciphertext].map((b) => b.toString('base64url'));
  return [VERSION, ...parts].join(':');
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

export function decryptBody(
  envelope: string,
  key: OrganisationKey,
  associatedData = '',
): Result<string, CryptoError> {
  const parts = envelope.split(':');
  const [version, ivText, tagText, ciphertextText] = parts;
  if (version !== VERSION)
    return version !== undefined && /^v\d+$/.test(version) && parts.length === 4
      ? err({ code: 'unsupported-version', version })
      : err({ code: 'malformed' });
  if (parts.length !== 4 || ivText === undefined || tagText === undefined || ciphertextText === undefined)
    return err({ code: 'malformed' });
  if (![ivText, tagText, ciphertextText].every((p) => BASE64URL.test(p))) return err({ code: 'malformed' });
  const iv = Buffer.from(ivText, 'base64url');
  const tag = Buffer.from(tagText, 'base64url');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) return err({ code: 'malformed' });
  const decipher = createDecipheriv('aes-256-gcm', key.bytes, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(associatedData, 'utf8'));
  decipher.setAuthTag(tag);
  try {
    const plain = Buffer.concat([
      decipher.update(Buffer.from(ciphertextText, 'base64url')),
      decipher.final(),
    ]);
    return ok(plain.toString('utf8'));
  } catch {
    // GCM throws when the tag does not match: wrong key, wrong associated data, or tampering
    return err({ code: 'authentication-failed' });
  }
}
