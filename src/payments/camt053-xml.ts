import type { Cents } from '../kernel/money.ts';
import type { Message } from './statement.ts';

/** Typed accessors over the tree fast-xml-parser builds; a problem is thrown as CamtFieldError and
 * turned into a StatementError at the parser's boundary (never escapes it). */

export type Node = Record<string, unknown>;

export class CamtFieldError extends Error {
  constructor(
    readonly path: string,
    readonly detail: Message,
  ) {
    super(`${path}: ${detail.en}`);
  }
}

export function missing(path: string): CamtFieldError {
  return new CamtFieldError(path, { nl: `element ontbreekt: ${path}`, en: `missing element: ${path}` });
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

/** ISO 20022 decimal (`1234.5`) to cents, refusing more than two decimals or anything else. */
export function decimalToCents(value: string, path: string): Cents {
  const m = /^(\d{1,15})(?:\.(\d{1,2}))?$/.exec(value);
  if (m === null) {
    throw new CamtFieldError(path, {
      nl: `${path}: verwacht een bedrag zoals 1234.56, gevonden "${value}"`,
      en: `${path}: expected an amount like 1234.56, found "${value}"`,
    });
  }
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}
