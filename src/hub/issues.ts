import type { TSchema } from '@sinclair/typebox';
import { type ValueError, ValueErrorType } from '@sinclair/typebox/value';

export type Lang = 'nl' | 'en';

/** One validation problem: a JSON pointer into the checked value and a sentence for people. */
export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
}

type Texts = { readonly nl: string; readonly en: string };

/** `/claims/0/currentAmountCents` → `claims[0].currentAmountCents`, as people read it. */
export function fieldName(path: string): string {
  if (path === '' || path === '/') return '(bericht)';
  return path
    .slice(1)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce(
      (acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc === '' ? part : `${acc}.${part}`),
      '',
    );
}

export function issue(path: string, lang: Lang, texts: Texts): ValidationIssue {
  const field = fieldName(path);
  const message = lang === 'nl' ? `Veld ${field}: ${texts.nl}` : `Field ${field}: ${texts.en}`;
  return { path, message };
}

const FORMAT_TEXTS: Record<string, Texts> = {
  date: { nl: 'moet een geldige datum zijn (JJJJ-MM-DD)', en: 'must be a valid date (YYYY-MM-DD)' },
  'date-time': {
    nl: 'moet een tijdstip zijn zoals 2026-12-22T09:30:00Z',
    en: 'must be a timestamp such as 2026-12-22T09:30:00Z',
  },
  uuid: { nl: 'moet een UUID zijn', en: 'must be a UUID' },
};

function constValues(schema: TSchema): string[] | null {
  const members: unknown = schema.anyOf;
  if (!Array.isArray(members)) return null;
  const values = members.map((m: { const?: unknown }) => m.const);
  return values.every((v) => typeof v === 'string') ? (values as string[]) : null;
}

function describe(error: ValueError): Texts {
  const s = error.schema;
  switch (error.type) {
    case ValueErrorType.ObjectRequiredProperty:
      return { nl: 'is verplicht', en: 'is required' };
    case ValueErrorType.ObjectAdditionalProperties:
      return { nl: 'is geen gekend veld', en: 'is not a known field' };
    case ValueErrorType.String:
      return { nl: 'moet tekst zijn', en: 'must be text' };
    case ValueErrorType.StringMinLength:
      return s.minLength === 1
        ? { nl: 'mag niet leeg zijn', en: 'must not be empty' }
        : {
            nl: `moet minstens ${s.minLength} tekens lang zijn`,
            en: `must be at least ${s.minLength} characters`,
          };
    case ValueErrorType.StringMaxLength:
      return {
        nl: `mag hoogstens ${s.maxLength} tekens lang zijn`,
        en: `must be at most ${s.maxLength} characters`,
      };
    case ValueErrorType.StringFormat:
      return (
        FORMAT_TEXTS[String(s.format)] ?? { nl: 'heeft een ongeldig formaat', en: 'has an invalid format' }
      );
    case ValueErrorType.StringPattern:
      return { nl: 'heeft niet de verwachte vorm', en: 'does not have the expected form' };
    case ValueErrorType.Integer:
    case ValueErrorType.Number:
      return { nl: 'moet een geheel getal zijn', en: 'must be a whole number' };
    case ValueErrorType.IntegerMinimum:
    case ValueErrorType.NumberMinimum:
      return { nl: `moet minstens ${s.minimum} zijn`, en: `must be at least ${s.minimum}` };
    case ValueErrorType.IntegerMaximum:
    case ValueErrorType.NumberMaximum:
      return { nl: `mag hoogstens ${s.maximum} zijn`, en: `must be at most ${s.maximum}` };
    case ValueErrorType.Boolean:
      return { nl: 'moet true of false zijn', en: 'must be true or false' };
    case ValueErrorType.Array:
      return { nl: 'moet een lijst zijn', en: 'must be a list' };
    case ValueErrorType.ArrayMinItems:
      return {
        nl: `moet minstens ${s.minItems} element(en) bevatten`,
        en: `must contain at least ${s.minItems} item(s)`,
      };
    case ValueErrorType.ArrayMaxItems:
      return {
        nl: `mag hoogstens ${s.maxItems} elementen bevatten`,
        en: `must contain at most ${s.maxItems} items`,
      };
    case ValueErrorType.Object:
      return { nl: 'moet een object zijn', en: 'must be an object' };
    case ValueErrorType.Union: {
      const values = constValues(s);
      return values
        ? {
            nl: `moet een van deze waarden zijn: ${values.join(', ')}`,
            en: `must be one of: ${values.join(', ')}`,
          }
        : { nl: 'heeft een ongeldige waarde', en: 'has an invalid value' };
    }
    case ValueErrorType.Literal:
      return { nl: `moet ${String(s.const)} zijn`, en: `must be ${String(s.const)}` };
    default:
      return { nl: 'is ongeldig', en: 'is invalid' };
  }
}

/** Translate TypeBox errors, keeping only the first (most telling) one per path. */
export function translateErrors(errors: Iterable<ValueError>, lang: Lang): ValidationIssue[] {
  const seen = new Set<string>();
  const issues: ValidationIssue[] = [];
  for (const error of errors) {
    if (seen.has(error.path)) continue;
    seen.add(error.path);
    issues.push(issue(error.path, lang, describe(error)));
  }
  return issues;
}
