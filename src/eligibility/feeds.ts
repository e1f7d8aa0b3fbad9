/**
 * Social-fact feed files (one kind per file, one source per file), parsed from text: CSV with `;` or `,`
 * and JSON. Good rows become facts; each bad row gives errors naming row, field and what was expected.
 * Columns and codes are documented in FEEDS.md.
 */

import { parse } from 'csv-parse/sync';
import { parseBsn } from '../kernel/bsn.ts';
import type { Fact, FactKind, IsoDate, Period } from '../kernel/eligibility/facts.ts';
import { LANGS, type Lang, type MessageParams } from '../kernel/i18n.ts';
import { parseNationalNumber } from '../kernel/national-number.ts';
import { jsonDepth, MAX_JSON_DEPTH } from '../platform/input-rules.ts';
import { type RowReader, readRow } from './feed-rows.ts';
import { type EligibilityMessageKey, eligibilityMessages } from './messages.ts';

export type FeedFormat = 'csv' | 'json';

export interface PersonRef {
  readonly scheme: 'rrn' | 'bis' | 'bsn';
  readonly value: string;
}

export interface FeedRecord {
  readonly row: number;
  readonly person: PersonRef;
  readonly fact: Fact;
}

export interface FeedError {
  /** CSV: line number in the file (header = 1). JSON: position in `records`, from 1. 0 = the whole file. */
  readonly row: number;
  readonly field: string;
  readonly message: Readonly<Record<Lang, string>>;
}

/** One feed problem in every language (the importer picks the reader's). */
export function feedMessage(key: EligibilityMessageKey, params?: MessageParams): Record<Lang, string> {
  return Object.fromEntries(LANGS.map((l) => [l, eligibilityMessages.text(l, key, params)])) as Record<
    Lang,
    string
  >;
}

export interface FeedResult {
  readonly records: readonly FeedRecord[];
  readonly errors: readonly FeedError[];
}

export const FEED_COLUMNS: Readonly<
  Record<FactKind, { required: readonly string[]; optional: readonly string[] }>
> = {
  social_status: { required: ['person', 'code', 'applies', 'from'], optional: ['to', 'source'] },
  legal_status: { required: ['person', 'code', 'applies', 'from'], optional: ['to', 'source'] },
  income: { required: ['person', 'amount', 'type', 'periodicity', 'from'], optional: ['to', 'source'] },
  credit_default: { required: ['person', 'amount', 'lender', 'since'], optional: ['to', 'source'] },
  household: { required: ['person', 'size', 'adults', 'children', 'from'], optional: ['to', 'source'] },
  early_signal: { required: ['person', 'partner', 'amount', 'days_overdue', 'date'], optional: ['source'] },
};

const PERSON_ALIASES = ['national_number', 'rijksregisternummer', 'insz', 'bsn'];

function parsePerson(text: string): PersonRef | null {
  const digits = text.replace(/[^0-9]/g, '');
  if (digits.length === 11) {
    const nn = parseNationalNumber(text);
    return nn.ok ? { scheme: nn.value.kind, value: nn.value.value } : null;
  }
  const bsn = parseBsn(text);
  return bsn.ok ? { scheme: 'bsn', value: bsn.value } : null;
}

function buildFact(kind: FactKind, r: RowReader, defaultSource: string): Fact | null {
  const source = r.optional('source') ?? defaultSource;
  const period = (fromField: string): Period | null => {
    const from = r.date(fromField);
    const to = r.optionalDate('to');
    if (from === null || to === undefined) return null;
    if (to !== null && to < from) {
      r.fail('to', 'feedBeforeStart');
      return null;
    }
    return { from, to };
  };
  switch (kind) {
    case 'social_status':
    case 'legal_status': {
      const code = r.code('code', kind);
      const applies = r.boolean('applies');
      const p = period('from');
      if (code === null || applies === null || p === null) return null;
      return { kind, code, applies, period: p, source } as Fact;
    }
    case 'income': {
      const amount = r.amount('amount');
      const type = r.code('type', 'income_type');
      const periodicity = r.code('periodicity', 'periodicity');
      const p = period('from');
      if (amount === null || type === null || periodicity === null || p === null) return null;
      return { kind, amount, type, periodicity, period: p, source } as Fact;
    }
    case 'credit_default': {
      const amount = r.amount('amount');
      const lender = r.text('lender');
      const p = period('since');
      if (amount === null || lender === null || p === null) return null;
      return { kind, amount, lender, since: p.from, period: p, source };
    }
    case 'household': {
      const size = r.count('size', 1);
      const adults = r.count('adults', 1);
      const children = r.count('children', 0);
      const p = period('from');
      if (size === null || adults === null || children === null || p === null) return null;
      if (size < adults + children) {
        r.fail('size', 'feedHouseholdSize');
        return null;
      }
      return { kind, size, adults, children, period: p, source };
    }
    case 'early_signal': {
      const partner = r.code('partner', 'partner');
      const amount = r.amount('amount');
      const daysOverdue = r.count('days_overdue', 0);
      const date: IsoDate | null = r.date('date');
      if (partner === null || amount === null || daysOverdue === null || date === null) return null;
      return { kind, partner, amount, daysOverdue, date, period: { from: date, to: null }, source } as Fact;
    }
  }
}

function parseRows(
  kind: FactKind,
  rows: readonly { row: number; values: Readonly<Record<string, string>> }[],
  source: string,
): FeedResult {
  const records: FeedRecord[] = [];
  const errors: FeedError[] = [];
  for (const { row, values } of rows) {
    const r = readRow(row, values);
    const personText = r.text('person');
    const person = personText === null ? null : parsePerson(personText);
    if (personText !== null && person === null) r.fail('person', 'feedPerson');
    const fact = buildFact(kind, r, source);
    if (r.errors.length > 0) errors.push(...r.errors);
    else if (person && fact) records.push({ row, person, fact });
  }
  return { records, errors };
}

function checkColumns(kind: FactKind, present: readonly string[]): FeedError[] {
  return FEED_COLUMNS[kind].required
    .filter((c) => !present.includes(c))
    .map((c) => ({
      row: 1,
      field: c,
      message: feedMessage('feedMissingColumn', { column: c }),
    }));
}

const normaliseHeader = (h: string): string => {
  const name = h.trim().toLowerCase().replace(/\s+/g, '_');
  return PERSON_ALIASES.includes(name) ? 'person' : name;
};

function parseCsvFeed(kind: FactKind, text: string, source: string): FeedResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const headerLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter =
    (headerLine.match(/;/g)?.length ?? 0) >= (headerLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let table: string[][];
  try {
    table = parse(body, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      records: [],
      errors: [
        {
          row: 0,
          field: '',
          message: feedMessage('feedUnreadableCsv', { detail: message }),
        },
      ],
    };
  }
  const [header, ...data] = table;
  const columns = (header ?? []).map(normaliseHeader);
  const missing = checkColumns(kind, columns);
  if (missing.length > 0) return { records: [], errors: missing };
  // skip_empty_lines shifts line numbers; recover them from the text for honest row numbers.
  const lineOf = nonEmptyLineNumbers(body);
  const rows = data.map((cells, i) => ({
    row: lineOf[i + 1] ?? i + 2,
    values: Object.fromEntries(columns.map((c, j) => [c, cells[j] ?? ''])),
  }));
  return parseRows(kind, rows, source);
}

function nonEmptyLineNumbers(text: string): number[] {
  const out: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() !== '') out.push(i + 1);
  });
  return out;
}

function parseJsonFeed(kind: FactKind, text: string, source: string): FeedResult {
  // A feed is a list of flat records: deeper nesting is never data, and would exhaust the stack.
  if (jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    const limit = String(MAX_JSON_DEPTH);
    return {
      records: [],
      errors: [
        {
          row: 0,
          field: '',
          message: feedMessage('feedTooDeep', { limit }),
        },
      ],
    };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      records: [],
      errors: [{ row: 0, field: '', message: feedMessage('feedInvalidJson', { detail: message }) }],
    };
  }
  const list = Array.isArray(doc) ? doc : (doc as { records?: unknown } | null)?.records;
  if (!Array.isArray(list))
    return {
      records: [],
      errors: [
        {
          row: 0,
          field: 'records',
          message: feedMessage('feedNoList'),
        },
      ],
    };
  const docSource = (doc as { source?: unknown }).source;
  const rows = list.map((item, i) => {
    const values: Record<string, string> = {};
    if (typeof item === 'object' && item !== null)
      for (const [k, v] of Object.entries(item)) values[normaliseHeader(k)] = v === null ? '' : String(v);
    return { row: i + 1, values };
  });
  return parseRows(kind, rows, typeof docSource === 'string' && docSource !== '' ? docSource : source);
}

/** `source` names the authentic source of the whole file; a `source` column/field overrides it per row. */
export function parseFeed(kind: FactKind, format: FeedFormat, text: string, source: string): FeedResult {
  return format === 'csv' ? parseCsvFeed(kind, text, source) : parseJsonFeed(kind, text, source);
}
