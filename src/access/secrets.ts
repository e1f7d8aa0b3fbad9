import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random 32-byte token, URL-safe. */
export function newToken(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** Random 32-byte tokens need no slow hash: sha-256 keeps the stored value useless to a thief. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** API tokens start with this prefix so secret scanners and people recognise them. */
export const API_TOKEN_PREFIX = 'evs_';
