import { err, ok, type Result } from '../kernel/result.ts';
import { type FileError, fileError, type Lang } from './messages.ts';

export type { FileError } from './messages.ts';

export type ClaimField =
  | 'claimId'
  | 'nationalNumber'
  | 'customerNumber'
  | 'name'
  | 'birthDate'
  | 'street'
  | 'houseNumber'
  | 'postalCode'
  | 'city'
  | 'category'
  | 'principal'
  | 'charges'
  | 'paid'
  | 'issueDate'
  | 'dueDate'
  | 'status';

/** Column names as documented to departments: English first, then the Dutch ones. */
const COLUMN_NAMES: Readonly<Record<ClaimField, { en: string; nl: readonly string[] }>> = {
  claimId: { en: 'claim_id', nl: ['vordering_id', 'factuurnummer'] },
  nationalNumber: { en: 'national_number', nl: ['rijksregisternummer', 'insz'] },
  customerNumber: { en: 'customer_number', nl: ['klantnummer'] },
  name: { en: 'name', nl: ['naam'] },
  birthDate: { en: 'birth_date', nl: ['geboortedatum'] },
  street: { en: 'street', nl: ['straat'] },
  houseNumber: { en: 'house_number', nl: ['huisnummer'] },
  postalCode: { en: 'postal_code', nl: ['postcode'] },
  city: { en: 'city', nl: ['gemeente'] },
  category: { en: 'category', nl: ['categorie'] },
  principal: { en: 'principal', nl: ['hoofdsom'] },
  charges: { en: 'charges', nl: ['kosten'] },
  paid: { en: 'paid', nl: ['betaald'] },
  issueDate: { en: 'issue_date', nl: ['factuurdatum'] },
  dueDate: { en: 'due_date', nl: ['vervaldatum'] },
  status: { en: 'status', nl: ['status'] },
};

export const CLAIM_FIELDS = Object.keys(COLUMN_NAMES) as readonly ClaimField[];

const REQUIRED_FIELDS: readonly ClaimField[] = ['claimId', 'name', 'category', 'principal', 'dueDate'];

/** Lower case, trimmed, without spaces, underscores and hyphens: `Vervaldatum`, `due-date` → `vervaldatum`, `duedate`. */
export function normaliseColumnName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

const FIELD_BY_NAME: ReadonlyMap<string, ClaimField> = new Map(
  CLAIM_FIELDS.flatMap((field) => {
    const names = COLUMN_NAMES[field];
    return [names.en, ...names.nl].map((n) => [normaliseColumnName(n), field] as const);
  }),
);

/** Which of the documented column names messages use in each language (there are no French column names). */
const MESSAGE_COLUMN_NAMES: Readonly<Record<Lang, 'nl' | 'en'>> = { nl: 'nl', fr: 'en', en: 'en' };

/** The name we use for a column in messages when the file does not have it. */
export function canonicalColumnName(field: ClaimField, lang: Lang): string {
  const names = COLUMN_NAMES[field];
  return MESSAGE_COLUMN_NAMES[lang] === 'nl' ? (names.nl[0] ?? names.en) : names.en;
}

export interface HeaderMap {
  /** Number of columns in the header line. */
  readonly columnCount: number;
  /** Column position of each field, -1 when the file has no such column. */
  readonly index: Readonly<Record<ClaimField, number>>;
  /** Column name as written in the file, or our canonical name when absent: used in messages. */
  readonly columnName: Readonly<Record<ClaimField, string>>;
}

function perField<T>(value: (field: ClaimField) => T): Record<ClaimField, T> {
  const out = {} as Record<ClaimField, T>;
  for (const field of CLAIM_FIELDS) out[field] = value(field);
  return out;
}

/**
 * Finds the claim fields in a header line by name, English or Dutch, any order. Unknown columns
 * are ignored; a missing required column or a field present twice is an error naming the column.
 */
export function mapHeader(header: readonly string[], lang: Lang = 'nl'): Result<HeaderMap, FileError> {
  const index = perField(() => -1);
  const columnName = perField((field) => canonicalColumnName(field, lang));
  for (let i = 0; i < header.length; i++) {
    const written = (header[i] ?? '').trim();
    const field = FIELD_BY_NAME.get(normaliseColumnName(written));
    if (field === undefined) continue;
    if (index[field] !== -1) {
      return err(fileError('column_duplicate', lang, { column: `${columnName[field]} / ${written}` }));
    }
    index[field] = i;
    columnName[field] = written;
  }
  for (const field of REQUIRED_FIELDS) {
    if (index[field] === -1) return err(fileError('column_missing', lang, { column: columnName[field] }));
  }
  if (index.nationalNumber === -1 && index.customerNumber === -1) {
    const column = `${columnName.nationalNumber} / ${columnName.customerNumber}`;
    return err(fileError('identifier_column_missing', lang, { column }));
  }
  return ok({ columnCount: header.length, index, columnName });
}
