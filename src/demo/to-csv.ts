import { centsToDecimal } from '../kernel/money.ts';
import { csvField } from '../platform/csv.ts';
import type { ClaimRow, ClaimStatus } from './types.ts';

export interface CsvOptions {
  readonly separator: ';' | ',';
  readonly decimal: 'comma' | 'point';
  readonly dateFormat: 'dmy' | 'iso';
  readonly dutchHeaders: boolean;
  /** UTF-8 byte order mark at the start, as Excel writes it. */
  readonly bom: boolean;
  readonly newline: '\n' | '\r\n';
}

/** A Belgian spreadsheet export: `;`, decimal comma, dd/mm/yyyy, Dutch headers. */
export const BELGIAN_CSV: CsvOptions = {
  separator: ';',
  decimal: 'comma',
  dateFormat: 'dmy',
  dutchHeaders: true,
  bom: false,
  newline: '\n',
};

export const CLAIM_COLUMNS = [
  'claim_id',
  'national_number',
  'customer_number',
  'name',
  'birth_date',
  'street',
  'house_number',
  'postal_code',
  'city',
  'category',
  'principal',
  'charges',
  'paid',
  'issue_date',
  'due_date',
  'status',
] as const;

export type ClaimColumn = (typeof CLAIM_COLUMNS)[number];

export const DUTCH_CLAIM_HEADERS: Readonly<Record<ClaimColumn, string>> = {
  claim_id: 'vordering_id',
  national_number: 'rijksregisternummer',
  customer_number: 'klantnummer',
  name: 'naam',
  birth_date: 'geboortedatum',
  street: 'straat',
  house_number: 'huisnummer',
  postal_code: 'postcode',
  city: 'gemeente',
  category: 'categorie',
  principal: 'hoofdsom',
  charges: 'kosten',
  paid: 'betaald',
  issue_date: 'factuurdatum',
  due_date: 'vervaldatum',
  status: 'status',
};

export const DUTCH_STATUS: Readonly<Record<ClaimStatus, string>> = {
  open: 'open',
  paid: 'betaald',
  cancelled: 'geannuleerd',
};

export function formatAmount(cents: number, decimal: CsvOptions['decimal']): string {
  const text = centsToDecimal(cents);
  return decimal === 'comma' ? text.replace('.', ',') : text;
}

function formatDateField(date: string, format: CsvOptions['dateFormat']): string {
  return format === 'iso' ? date : `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

function headerLine(o: CsvOptions): string {
  return CLAIM_COLUMNS.map((c) => csvField(o.dutchHeaders ? DUTCH_CLAIM_HEADERS[c] : c, o.separator)).join(
    o.separator,
  );
}

function rowLine(row: ClaimRow, o: CsvOptions): string {
  const s = o.separator;
  const fields = [
    row.claimId,
    row.nationalNumber ?? '',
    row.customerNumber,
    row.name,
    formatDateField(row.birthDate, o.dateFormat),
    row.street,
    row.houseNumber,
    row.postalCode,
    row.city,
    row.category,
    formatAmount(row.principal, o.decimal),
    formatAmount(row.charges, o.decimal),
    formatAmount(row.paid, o.decimal),
    formatDateField(row.issueDate, o.dateFormat),
    formatDateField(row.dueDate, o.dateFormat),
    o.dutchHeaders ? DUTCH_STATUS[row.status] : row.status,
  ];
  return fields.map((f) => csvField(f, s)).join(s);
}

/**
 * Streams the CSV as string chunks of `rowsPerChunk` rows (the header comes first, alone), so a
 * million-row file never sits in memory. Every line ends with the newline. With `,` as separator and a
 * decimal comma, amounts get quoted (`"12,50"`), as spreadsheets do.
 */
export function* claimsCsvChunks(
  rows: Iterable<ClaimRow>,
  options: Partial<CsvOptions> = {},
  rowsPerChunk = 1000,
): Generator<string, void, undefined> {
  const o: CsvOptions = { ...BELGIAN_CSV, ...options };
  yield `${o.bom ? '\uFEFF' : ''}${headerLine(o)}${o.newline}`;
  let chunk = '';
  let inChunk = 0;
  for (const row of rows) {
    chunk += rowLine(row, o) + o.newline;
    inChunk++;
    if (inChunk >= rowsPerChunk) {
      yield chunk;
      chunk = '';
      inChunk = 0;
    }
  }
  if (inChunk > 0) yield chunk;
}

/** The whole CSV as one string; use claimsCsvChunks for large files. */
export function claimsCsv(rows: Iterable<ClaimRow>, options: Partial<CsvOptions> = {}): string {
  let text = '';
  for (const chunk of claimsCsvChunks(rows, options)) text += chunk;
  return text;
}
