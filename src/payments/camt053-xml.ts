import type { Cents } from '../kernel/money.ts';
import { type Message, message } from './messages.ts';
import type { StatementErrorCode } from './statement.ts';

/** Typed accessors over the tree fast-xml-parser builds; a problem is thrown as CamtFieldError and
 * turned into a StatementError at the parser's boundary (never escapes it). */

export type Node = Record<string, unknown>;

export class CamtFieldError extends Error {
  constructor(
    readonly path: string,
    readonly detail: Message,
    readonly code: StatementErrorCode = 'xml_missing',
  ) {
    super(`${path}: ${detail.en}`);
  }
}

export function missing(path: string): CamtFieldError {
  return new CamtFieldError(path, message('camtMissing', { path }));
}

export function list(node: Node, name: string): Node[] {
  const value = node[name];
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is Node => typeof v === 'object' && v !== null);
}

export function optionalText(node: Node, names: readonly string[]): string | undefined {
  let current: unknown = node;
  for (const name of names) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = Array.isArray(current) ? (current[0] as Node | undefined)?.[name] : (current as Node)[name];
  }
  if (Array.isArray(current)) current = current[0];
  if (typeof current === 'string') return current;
  if (typeof current === 'object' && current !== null) {
    const inner = (current as Node)['#text'];
    if (typeof inner === 'string') return inner;
  }
  return undefined;
}

/**
 * ISO 20022 decimal (`1234.5`, up to 5 fraction digits as the schema allows) to cents. Digits beyond the
 * cents must be zeros (`18.150` is 18.15); a real fraction of a cent is refused, as is anything else.
 * `signed` allows a leading minus (a balance given without CdtDbtInd).
 */
export function decimalToCents(value: string, path: string, signed = false): Cents {
  const m = /^(-?)(\d{1,15})(?:\.(\d{1,5}))?$/.exec(value);
  if (m === null || (m[1] === '-' && !signed)) {
    throw new CamtFieldError(path, message('camtAmountInvalid', { path, value }));
  }
  const fraction = (m[3] ?? '').padEnd(2, '0');
  if (/[1-9]/.test(fraction.slice(2))) {
    throw new CamtFieldError(path, message('camtAmountFraction', { path, value }));
  }
  const cents = Number(m[2]) * 100 + Number(fraction.slice(0, 2));
  return m[1] === '-' ? -cents : cents;
}

/** The `Ccy` attribute of an amount element, or undefined. */
export function currencyOf(node: Node, names: readonly string[]): string | undefined {
  let current: unknown = node;
  for (const name of names) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = Array.isArray(current) ? (current[0] as Node | undefined)?.[name] : (current as Node)[name];
  }
  if (Array.isArray(current)) current = current[0];
  if (typeof current !== 'object' || current === null) return undefined;
  const ccy = (current as Node)['@_Ccy'];
  return typeof ccy === 'string' ? ccy : undefined;
}
