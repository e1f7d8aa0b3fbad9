/**
 * Reads the typed fields of one feed row (all values arrive as text) and collects what is wrong with it,
 * field by field, in Dutch, French and English.
 */
import { type IsoDate, parseDate } from '../kernel/dates.ts';
import {
  INCOME_TYPES,
  LEGAL_STATUS_CODES,
  PARTNER_KINDS,
  PERIODICITIES,
  SOCIAL_STATUS_CODES,
} from '../kernel/eligibility/facts.ts';
import type { MessageParams } from '../kernel/i18n.ts';
import { type Cents, parseAmount } from '../kernel/money.ts';
import { type FeedError, feedMessage } from './feeds.ts';
import type { EligibilityMessageKey } from './messages.ts';

interface CodeList {
  readonly codes: readonly string[];
  /** Other spellings found in practice (MAGDA status names, Dutch words), normalised to lower case. */
  readonly aliases: Readonly<Record<string, string>>;
}

export const CODE_LISTS = {
  social_status: {
    codes: SOCIAL_STATUS_CODES,
    aliases: {
      living_wages_pcsa_help: 'leefloon',
      bim_bvt: 'verhoogde_tegemoetkoming',
      bim: 'verhoogde_tegemoetkoming',
      vt: 'verhoogde_tegemoetkoming',
      igo: 'inkomensgarantie_ouderen',
    },
  },
  legal_status: {
    codes: LEGAL_STATUS_CODES,
    aliases: { csr: 'collectieve_schuldenregeling', onder_bewindvoering: 'bewindvoering' },
  },
  income_type: {
    codes: INCOME_TYPES,
    aliases: { other: 'andere', work: 'beroepsinkomen', pension: 'pensioen' },
  },
  periodicity: {
    codes: PERIODICITIES,
    aliases: {
      maand: 'month',
      maandelijks: 'month',
      jaar: 'year',
      jaarlijks: 'year',
      wekelijks: 'week',
      kwartaal: 'quarter',
    },
  },
  partner: {
    codes: PARTNER_KINDS,
    aliases: { huur: 'housing', energie: 'energy', ziekenfonds: 'health_insurer', dienst: 'department' },
  },
} as const satisfies Record<string, CodeList>;
export type CodeListName = keyof typeof CODE_LISTS;

const TRUE = ['1', 'true', 'ja', 'yes', 'j', 'y', 'van toepassing'];
const FALSE = ['0', 'false', 'nee', 'no', 'n', 'niet van toepassing'];

export interface RowReader {
  readonly errors: FeedError[];
  fail(field: string, key: EligibilityMessageKey, params?: MessageParams): void;
  text(field: string): string | null;
  optional(field: string): string | undefined;
  date(field: string): IsoDate | null;
  /** undefined = invalid (error recorded), null = empty (open-ended). */
  optionalDate(field: string): IsoDate | null | undefined;
  boolean(field: string): boolean | null;
  amount(field: string): Cents | null;
  count(field: string, min: number): number | null;
  code(field: string, list: CodeListName): string | null;
}

export function readRow(row: number, values: Readonly<Record<string, string>>): RowReader {
  const errors: FeedError[] = [];
  const fail = (field: string, key: EligibilityMessageKey, params?: MessageParams) =>
    errors.push({ row, field, message: feedMessage(key, params) });
  const raw = (field: string) => (values[field] ?? '').trim();
  const text = (field: string): string | null => {
    const v = raw(field);
    if (v === '') {
      fail(field, 'feedRequired');
      return null;
    }
    return v;
  };
  const date = (field: string): IsoDate | null => {
    const v = text(field);
    if (v === null) return null;
    const d = parseDate(v);
    if (d.ok) return d.value;
    fail(field, 'feedDate', { value: v });
    return null;
  };
  return {
    errors,
    fail,
    text,
    optional: (field) => (raw(field) === '' ? undefined : raw(field)),
    date,
    optionalDate: (field) => (raw(field) === '' ? null : (date(field) ?? undefined)),
    boolean(field) {
      const v = text(field);
      if (v === null) return null;
      const lower = v.toLowerCase();
      if (TRUE.includes(lower)) return true;
      if (FALSE.includes(lower)) return false;
      fail(field, 'feedBoolean', { value: v });
      return null;
    },
    amount(field) {
      const v = text(field);
      if (v === null) return null;
      const a = parseAmount(v);
      if (a.ok && a.value >= 0) return a.value;
      fail(field, 'feedAmount', { value: v });
      return null;
    },
    count(field, min) {
      const v = text(field);
      if (v === null) return null;
      const n = /^\d{1,6}$/.test(v) ? Number(v) : Number.NaN;
      if (n >= min) return n;
      fail(field, 'feedCount', { min: String(min), value: v });
      return null;
    },
    code(field, listName) {
      const v = text(field);
      if (v === null) return null;
      const list: CodeList = CODE_LISTS[listName];
      const key = v.toLowerCase().replace(/[\s-]+/g, '_');
      const code = list.codes.includes(key) ? key : list.aliases[key];
      if (code !== undefined) return code;
      fail(field, 'feedCode', { value: v, known: list.codes.join(', ') });
      return null;
    },
  };
}
