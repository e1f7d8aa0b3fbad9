import type { TSchema } from '@sinclair/typebox';
import { type ValueError, ValueErrorType } from '@sinclair/typebox/value';

import type { Lang, MessageParams } from '../kernel/i18n.ts';
import { type HubMessageKey, hubMessages } from './hub-messages.ts';

/** One validation problem: a JSON pointer into the checked value and a sentence for people. */
export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
}

/** What is wrong, as a catalogue key with its parameters. */
type Problem = { readonly key: HubMessageKey; readonly params?: MessageParams };

/** `/claims/0/currentAmountCents` → `claims[0].currentAmountCents`, as people read it. */
export function fieldName(path: string, lang: Lang = 'nl'): string {
  if (path === '' || path === '/') return hubMessages.text(lang, 'rootField');
  return path
    .slice(1)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce(
      (acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc === '' ? part : `${acc}.${part}`),
      '',
    );
}

/** "Veld claims[0].x: …" — the field named, then what is wrong with it. */
export function issue(path: string, lang: Lang, key: HubMessageKey, params?: MessageParams): ValidationIssue {
  const text = hubMessages.text(lang, key, params);
  return { path, message: hubMessages.text(lang, 'fieldIssue', { field: fieldName(path, lang), text }) };
}

/** The sentence of an issue without its "Veld x: " (for a CSV error that names the column itself). */
export function issueText(i: ValidationIssue, lang: Lang): string {
  const prefix = hubMessages.text(lang, 'fieldIssue', { field: fieldName(i.path, lang), text: '' });
  return i.message.startsWith(prefix) ? i.message.slice(prefix.length) : i.message;
}

const FORMAT_KEYS: Record<string, HubMessageKey> = {
  date: 'issueDate',
  'date-time': 'issueDateTime',
  uuid: 'issueUuid',
};

function constValues(schema: TSchema): string[] | null {
  const members: unknown = schema.anyOf;
  if (!Array.isArray(members)) return null;
  const values = members.map((m: { const?: unknown }) => m.const);
  return values.every((v) => typeof v === 'string') ? (values as string[]) : null;
}

function describe(error: ValueError): Problem {
  const s = error.schema;
  switch (error.type) {
    case ValueErrorType.ObjectRequiredProperty:
      return { key: 'issueRequired' };
    case ValueErrorType.ObjectAdditionalProperties:
      return { key: 'issueUnknownField' };
    case ValueErrorType.String:
      return { key: 'issueText' };
    case ValueErrorType.StringMinLength:
      return s.minLength === 1
        ? { key: 'issueNotEmpty' }
        : { key: 'issueMinLength', params: { min: String(s.minLength) } };
    case ValueErrorType.StringMaxLength:
      return { key: 'issueMaxLength', params: { max: String(s.maxLength) } };
    case ValueErrorType.StringFormat:
      return { key: FORMAT_KEYS[String(s.format)] ?? 'issueFormat' };
    case ValueErrorType.StringPattern:
      return { key: 'issuePattern' };
    case ValueErrorType.Integer:
    case ValueErrorType.Number:
      return { key: 'issueWholeNumber' };
    case ValueErrorType.IntegerMinimum:
    case ValueErrorType.NumberMinimum:
      return { key: 'issueMinimum', params: { min: String(s.minimum) } };
    case ValueErrorType.IntegerMaximum:
    case ValueErrorType.NumberMaximum:
      return { key: 'issueMaximum', params: { max: String(s.maximum) } };
    case ValueErrorType.Boolean:
      return { key: 'issueBoolean' };
    case ValueErrorType.Array:
      return { key: 'issueList' };
    case ValueErrorType.ArrayMinItems:
      return { key: 'issueMinItems', params: { min: Number(s.minItems) } };
    case ValueErrorType.ArrayMaxItems:
      return { key: 'issueMaxItems', params: { max: String(s.maxItems) } };
    case ValueErrorType.Object:
      return { key: 'issueObject' };
    case ValueErrorType.Union: {
      const values = constValues(s);
      return values
        ? { key: 'issueOneOf', params: { values: values.join(', ') } }
        : { key: 'issueInvalidValue' };
    }
    case ValueErrorType.Literal:
      return { key: 'issueLiteral', params: { value: String(s.const) } };
    default:
      return { key: 'issueInvalid' };
  }
}

/** Translate TypeBox errors, keeping only the first (most telling) one per path. */
export function translateErrors(errors: Iterable<ValueError>, lang: Lang): ValidationIssue[] {
  const seen = new Set<string>();
  const issues: ValidationIssue[] = [];
  for (const error of errors) {
    if (seen.has(error.path)) continue;
    seen.add(error.path);
    const problem = describe(error);
    issues.push(issue(error.path, lang, problem.key, problem.params));
  }
  return issues;
}
