/**
 * What never reaches a log line: national numbers, BSNs, IBANs, tokens (recognised by their shape
 * anywhere in a line) and names, addresses, passwords (recognised by the field that holds them).
 */
import { isValidBsn } from '../kernel/bsn.ts';

export const MASK = '[redacted]';

/** Fields whose value is personal or secret whatever it looks like (pino redact paths, one level deep too). */
const SENSITIVE_FIELDS = [
  'name',
  'displayName',
  'display_name',
  'firstName',
  'lastName',
  'street',
  'address',
  'birthDate',
  'birth_date',
  'nationalNumber',
  'national_number',
  'bsn',
  'iban',
  'password',
  'token',
  'secret',
  'clientSecret',
  'csrfToken',
];

export const REDACT_PATHS: readonly string[] = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  ...SENSITIVE_FIELDS,
  ...SENSITIVE_FIELDS.map((f) => `*.${f}`),
];

// 11 digits, bare or written 85.07.30-033.28 / 850730 033 28, not part of a longer number.
const NATIONAL_NUMBER = /(?<![\d.])\d{2}[.\s]?\d{2}[.\s]?\d{2}[-.\s]?\d{3}[.\s]?\d{2}(?![\d])/g;
// 9 digits, optionally dotted (1234.56.782); masked only when the 11-check passes.
const BSN_CANDIDATE = /(?<![\d.])\d{4}\.?\d{2}\.?\d{3}(?![\d])/g;
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g;
const API_TOKEN = /\bevs_[A-Za-z0-9_-]{16,}/g;
const BEARER = /\b(Bearer)\s+[^\s"',]+/gi;
const URL_PASSWORD = /(\w+:\/\/[^:/\s"]+:)[^@/\s"]+@/g;

/** Masks every national number, valid BSN, IBAN, API token, bearer token and URL password in `text`. */
export function maskText(text: string): string {
  if (!/\d|evs_|bearer/i.test(text)) return text;
  return text
    .replace(URL_PASSWORD, `$1${MASK}@`)
    .replace(BEARER, `$1 ${MASK}`)
    .replace(API_TOKEN, MASK)
    .replace(IBAN, MASK)
    .replace(NATIONAL_NUMBER, MASK)
    .replace(BSN_CANDIDATE, (m) => (isValidBsn(m) ? MASK : m));
}

/** Deep copy of a log object with every string masked (pino `formatters.log`). */
export function maskValues(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskText(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => maskValues(v, depth + 1));
  // Requests, errors and other class instances go to their serializers untouched; the masking
  // destination (logging.ts) still masks what those write.
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = maskValues(v, depth + 1);
  return out;
}
