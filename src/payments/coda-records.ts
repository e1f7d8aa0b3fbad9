import { isoDateFrom } from '../kernel/dates.ts';
import type { Lang } from '../kernel/i18n.ts';
import type { Cents } from '../kernel/money.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { type Message, message, paymentsMessages, perLang } from './messages.ts';
import type { IsoDate } from './statement.ts';

/**
 * Field positions of the Febelfin CODA 2.x records (1-based, inclusive, as in the standard's tables).
 * Only what EvS uses is extracted; every numeric field read is checked.
 */

export interface CodaHeader {
  readonly kind: '0';
  readonly creationDate: IsoDate;
  readonly version: string;
}
export interface CodaOldBalance {
  readonly kind: '1';
  readonly accountStructure: string;
  readonly paperSequence: string;
  readonly account: string;
  /** ISO currency code of the account (positions 19-21 or 40-42 by account structure). */
  readonly currency: string;
  readonly balance: Cents;
  readonly date: IsoDate;
  readonly codaSequence: string;
}
export interface CodaMovement1 {
  readonly kind: '2.1';
  readonly sequence: string;
  readonly detail: string;
  readonly bankReference: string;
  readonly amount: Cents;
  readonly valueDate: IsoDate | null;
  readonly transactionCode: string;
  readonly structured: boolean;
  readonly communication: string;
  readonly entryDate: IsoDate;
  /** Position 125: 0 none, > 0 the movement totals detail movements (globalisation level). */
  readonly globalisationCode: string;
  readonly nextCode: string;
  readonly linkCode: string;
}
export interface CodaMovement2 {
  readonly kind: '2.2';
  readonly sequence: string;
  readonly detail: string;
  readonly communication: string;
  readonly rTransactionType: string;
  readonly nextCode: string;
}
export interface CodaMovement3 {
  readonly kind: '2.3';
  readonly sequence: string;
  readonly detail: string;
  readonly counterpartyAccount: string;
  readonly counterpartyName: string;
  readonly communication: string;
}
export interface CodaInformation {
  readonly kind: '3.1' | '3.2' | '3.3';
  readonly sequence: string;
  readonly detail: string;
}
export interface CodaFreeMessage {
  readonly kind: '4';
  readonly text: string;
}
export interface CodaNewBalance {
  readonly kind: '8';
  readonly account: string;
  readonly balance: Cents;
  readonly date: IsoDate;
}
export interface CodaTrailer {
  readonly kind: '9';
  readonly recordCount: number;
  readonly debitTotal: Cents;
  readonly creditTotal: Cents;
}
export type CodaRecord =
  | CodaHeader
  | CodaOldBalance
  | CodaMovement1
  | CodaMovement2
  | CodaMovement3
  | CodaInformation
  | CodaFreeMessage
  | CodaNewBalance
  | CodaTrailer;

export type CodaRecordKind = CodaRecord['kind'];

/** A CODA field as messages name it. */
export type CodaField =
  | 'creationDate'
  | 'accountStructure'
  | 'oldBalance'
  | 'oldBalanceDate'
  | 'paperSequence'
  | 'amount'
  | 'valueDate'
  | 'entryDate'
  | 'sequence'
  | 'detail'
  | 'transactionCode'
  | 'communicationType'
  | 'nextCode'
  | 'linkCode'
  | 'newBalance'
  | 'newBalanceDate'
  | 'recordCount'
  | 'debitTotal'
  | 'creditTotal'
  | 'belgianAccount'
  | 'codaSequence';

type FieldLabel = (lang: Lang) => string;

const label =
  (field: CodaField): FieldLabel =>
  (lang) =>
    paymentsMessages.text(lang, `field_${field}`);

class FieldReader {
  problem: Message | null = null;
  constructor(private readonly line: string) {}

  text(from: number, to: number): string {
    return this.line.slice(from - 1, to);
  }
  char(at: number): string {
    return this.line.charAt(at - 1);
  }
  private fail(from: number, to: number, field: FieldLabel): void {
    if (this.problem !== null) return;
    const found = this.text(from, to);
    const pos = from === to ? `${from}` : `${from}-${to}`;
    this.problem = perLang((lang) =>
      paymentsMessages.text(lang, 'codaDigits', { pos, field: field(lang), found }),
    );
  }
  digits(from: number, to: number, field: CodaField | FieldLabel): string {
    const value = this.text(from, to);
    if (!/^[0-9]+$/.test(value)) this.fail(from, to, typeof field === 'function' ? field : label(field));
    return value;
  }
  /** Three capital letters (ISO 4217). */
  currency(from: number): string {
    const value = this.text(from, from + 2);
    if (!/^[A-Z]{3}$/.test(value) && this.problem === null) {
      this.problem = message('codaCurrency', { pos: `${from}-${from + 2}`, found: value });
    }
    return value;
  }
  oneOf(at: number, allowed: string, field: CodaField | FieldLabel): string {
    const value = this.char(at);
    if (!allowed.includes(value) && this.problem === null) {
      const name = typeof field === 'function' ? field : label(field);
      this.problem = perLang((lang) =>
        paymentsMessages.text(lang, 'codaOneOf', { pos: `${at}`, field: name(lang), allowed, found: value }),
      );
    }
    return value;
  }
  /** Amount of 12 integer digits + 3 decimals (mills), with a sign position: 0 credit, 1 debit. */
  signedAmount(signAt: number, from: number, field: CodaField): Cents {
    const name = label(field);
    const sign = this.oneOf(signAt, '01', (lang) =>
      paymentsMessages.text(lang, 'codaSign', { field: name(lang) }),
    );
    const mills = this.digits(from, from + 14, field);
    if (this.problem !== null) return 0;
    const value = Number(mills);
    if (value % 10 !== 0) {
      this.problem = perLang((lang) =>
        paymentsMessages.text(lang, 'codaFraction', { pos: `${from}-${from + 14}`, field: name(lang) }),
      );
      return 0;
    }
    const cents = value / 10;
    return sign === '1' ? -cents : cents;
  }
  /** DDMMYY; `000000` gives null when allowed. Two-digit years are 20YY (CODA 2 dates from 2000 on). */
  date(from: number, field: CodaField, allowZero = false): IsoDate | null {
    const raw = this.digits(from, from + 5, field);
    if (this.problem !== null) return null;
    if (raw === '000000' && allowZero) return null;
    const date = isoDateFrom(
      2000 + Number(raw.slice(4, 6)),
      Number(raw.slice(2, 4)),
      Number(raw.slice(0, 2)),
    );
    if (date === null) {
      const name = label(field);
      this.problem = perLang((lang) =>
        paymentsMessages.text(lang, 'codaDate', { pos: `${from}-${from + 5}`, field: name(lang), raw }),
      );
    }
    return date;
  }
}

/** The record kind of a line (`0`, `1`, `2.1` …) or null when the identification is not a CODA one. */
export function codaRecordKind(line: string): CodaRecordKind | null {
  const id = line.charAt(0);
  if (id === '0' || id === '1' || id === '4' || id === '8' || id === '9') return id;
  const article = line.charAt(1);
  if ((id === '2' || id === '3') && (article === '1' || article === '2' || article === '3')) {
    return `${id}.${article}` as CodaRecordKind;
  }
  return null;
}

function done<T extends CodaRecord>(reader: FieldReader, record: T): Result<T, Message> {
  return reader.problem === null ? ok(record) : err(reader.problem);
}

export function parseCodaRecord(kind: CodaRecordKind, line: string): Result<CodaRecord, Message> {
  const r = new FieldReader(line);
  switch (kind) {
    case '0': {
      const creationDate = r.date(6, 'creationDate');
      return done(r, { kind, creationDate: creationDate ?? '', version: r.char(128) });
    }
    case '1': {
      const accountStructure = r.oneOf(2, '0123', 'accountStructure');
      // structure 0 is a 12-digit Belgian account number; the others an IBAN or foreign account (up to 34)
      const account = accountStructure === '0' ? r.digits(6, 17, 'belgianAccount') : r.text(6, 39);
      const currency = r.currency(accountStructure === '0' ? 19 : 40);
      const balance = r.signedAmount(43, 44, 'oldBalance');
      const date = r.date(59, 'oldBalanceDate');
      return done(r, {
        kind,
        accountStructure,
        paperSequence: r.digits(3, 5, 'paperSequence'),
        account,
        currency,
        balance,
        date: date ?? '',
        codaSequence: r.digits(126, 128, 'codaSequence'),
      });
    }
    case '2.1': {
      const amount = r.signedAmount(32, 33, 'amount');
      const valueDate = r.date(48, 'valueDate', true);
      const entryDate = r.date(116, 'entryDate');
      return done(r, {
        kind,
        sequence: r.digits(3, 6, 'sequence'),
        detail: r.digits(7, 10, 'detail'),
        bankReference: r.text(11, 31).trim(),
        amount,
        valueDate,
        transactionCode: r.digits(54, 61, 'transactionCode'),
        structured: r.oneOf(62, '01', 'communicationType') === '1',
        communication: r.text(63, 115),
        entryDate: entryDate ?? '',
        globalisationCode: r.char(125),
        nextCode: r.oneOf(126, '01', 'nextCode'),
        linkCode: r.oneOf(128, '01', 'linkCode'),
      });
    }
    case '2.2':
      return done(r, {
        kind,
        sequence: r.digits(3, 6, 'sequence'),
        detail: r.digits(7, 10, 'detail'),
        communication: r.text(11, 63),
        rTransactionType: r.char(113).trim(),
        nextCode: r.oneOf(126, '01', 'nextCode'),
      });
    case '2.3':
      return done(r, {
        kind,
        sequence: r.digits(3, 6, 'sequence'),
        detail: r.digits(7, 10, 'detail'),
        counterpartyAccount: r.text(11, 47),
        counterpartyName: r.text(48, 82).trim(),
        communication: r.text(83, 125),
      });
    case '3.1':
    case '3.2':
    case '3.3':
      return done(r, {
        kind,
        sequence: r.digits(3, 6, 'sequence'),
        detail: r.digits(7, 10, 'detail'),
      });
    case '4':
      return done(r, { kind, text: r.text(33, 112).trim() });
    case '8': {
      const balance = r.signedAmount(42, 43, 'newBalance');
      const date = r.date(58, 'newBalanceDate');
      return done(r, { kind, account: r.text(5, 41), balance, date: date ?? '' });
    }
    case '9': {
      const recordCount = Number(r.digits(17, 22, 'recordCount'));
      const debit = r.digits(23, 37, 'debitTotal');
      const credit = r.digits(38, 52, 'creditTotal');
      return done(r, {
        kind,
        recordCount,
        debitTotal: Math.round(Number(debit) / 10),
        creditTotal: Math.round(Number(credit) / 10),
      });
    }
  }
}

export function counterpartyAccount(field: string): string | null {
  const token = field.slice(0, 34).trim().split(/\s+/)[0] ?? '';
  return token === '' || /^0+$/.test(token) ? null : token.toUpperCase();
}

/** Account of record 1 by account structure: 0 Belgian BBAN (12 digits, checked by the record reader),
 * 1 foreign account, 2 Belgian IBAN, 3 foreign IBAN. */
export function accountIban(structure: string, account: string): string {
  if (structure === '0') return belgianIban(account.slice(0, 12));
  if (structure === '2') return account.slice(0, 16).trim();
  return account.trim();
}

/** Belgian IBAN from a 12-digit BBAN, with its check digits; anything but 12 digits is returned as is. */
export function belgianIban(bban: string): string {
  if (!/^\d{12}$/.test(bban)) return bban;
  // ISO 13616: move "BE00" to the end, letters as numbers (B=11, E=14), check = 98 - mod 97
  const check = 98 - Number(BigInt(`${bban}111400`) % 97n);
  return `BE${String(check).padStart(2, '0')}${bban}`;
}
