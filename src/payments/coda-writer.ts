import type { Cents } from '../kernel/money.ts';
import type { IsoDate } from './statement.ts';

/** Writes CODA 2.x files (Febelfin layout): for samples, tests and benchmark data. */

export type CodaCommunication =
  | { readonly kind: 'ogm'; readonly digits: string; readonly type?: '101' | '102' }
  | { readonly kind: 'text'; readonly text: string };

export interface CodaMovementInput {
  readonly bankReference: string;
  readonly amount: Cents;
  readonly entryDate: IsoDate;
  readonly valueDate: IsoDate;
  /** 8 digits: type, family, transaction, category; default credit transfer in your favour `00150000`. */
  readonly transactionCode?: string;
  readonly communication: CodaCommunication;
  readonly counterparty?: { readonly iban: string; readonly name: string; readonly bic?: string };
  /** R-transaction type in record 2.2 (4 = reversal). */
  readonly rTransactionType?: string;
  /** Free text for information records 3.1/3.2/3.3. */
  readonly information?: string;
  /** Globalisation: the movement totals these details, written after it with detail numbers 0001… */
  readonly details?: readonly CodaMovementInput[];
}

export interface CodaStatementInput {
  readonly iban: string;
  readonly holderName: string;
  readonly creationDate: IsoDate;
  readonly codaSequence: number;
  readonly openingBalance: Cents;
  readonly openingDate: IsoDate;
  readonly closingDate: IsoDate;
  readonly movements: readonly CodaMovementInput[];
  readonly freeMessage?: string;
  /** Account currency, EUR unless given. */
  readonly currency?: string;
}

const pad = (text: string, width: number): string => text.slice(0, width).padEnd(width, ' ');
const num = (value: number, width: number): string => String(value).padStart(width, '0');
const ddmmyy = (date: IsoDate): string => `${date.slice(8, 10)}${date.slice(5, 7)}${date.slice(2, 4)}`;
const mills = (cents: Cents): string => `${cents < 0 ? '1' : '0'}${num(Math.abs(cents) * 10, 15)}`;

function check(record: string): string {
  if (record.length !== 128) throw new Error(`CODA writer built a ${record.length}-character record`);
  return record;
}

function movementRecords(
  m: CodaMovementInput,
  sequence: number,
  paperSequence: string,
  detail = 0,
): string[] {
  const seq = `${num(sequence, 4)}${num(detail, 4)}`;
  const globalised = m.details !== undefined && m.details.length > 0 ? '1' : '0';
  const ref = pad(m.bankReference, 21);
  const code = m.transactionCode ?? '00150000';
  const structured = m.communication.kind === 'ogm';
  const comm =
    m.communication.kind === 'ogm'
      ? `${m.communication.type ?? '101'}${m.communication.digits}`
      : m.communication.text;
  const needs2 = comm.length > 53 || m.rTransactionType !== undefined || m.counterparty !== undefined;
  const needs3 = comm.length > 106 || m.counterparty !== undefined;
  const hasInfo = m.information !== undefined;
  const out: string[] = [];
  const link1 = !needs2 && !needs3 && hasInfo ? '1' : '0';
  out.push(
    check(
      `21${seq}${ref}${mills(m.amount)}${ddmmyy(m.valueDate)}${code}${structured ? '1' : '0'}${pad(comm, 53)}` +
        `${ddmmyy(m.entryDate)}${paperSequence}${globalised}${needs2 || needs3 ? '1' : '0'} ${link1}`,
    ),
  );
  if (needs2 || needs3) {
    const bic = m.counterparty?.bic ?? '';
    const link2 = !needs3 && hasInfo ? '1' : '0';
    out.push(
      check(
        `22${seq}${pad(comm.slice(53), 53)}${pad('', 35)}${pad(bic, 11)}   ${pad(m.rTransactionType ?? '', 1)}` +
          `${pad('', 12)}${needs3 ? '1' : '0'} ${link2}`,
      ),
    );
  }
  if (needs3) {
    const account = pad(m.counterparty?.iban ?? '', 34) + (m.counterparty === undefined ? '   ' : 'EUR');
    out.push(
      check(
        `23${seq}${account}${pad(m.counterparty?.name ?? '', 35)}${pad(comm.slice(106), 43)}0 ${hasInfo ? '1' : '0'}`,
      ),
    );
  }
  if (m.information !== undefined) {
    const info = m.information;
    const more2 = info.length > 73;
    const more3 = info.length > 178;
    out.push(check(`31${seq}${ref}${code}0${pad(info, 73)}${pad('', 12)}${more2 ? '1' : '0'} 0`));
    if (more2) out.push(check(`32${seq}${pad(info.slice(73), 105)}${pad('', 10)}${more3 ? '1' : '0'} 0`));
    if (more3) out.push(check(`33${seq}${pad(info.slice(178), 90)}${pad('', 25)}0 0`));
  }
  (m.details ?? []).forEach((d, i) => {
    out.push(...movementRecords(d, sequence, paperSequence, i + 1));
  });
  return out;
}

function statementRecords(s: CodaStatementInput, last: boolean): string[] {
  const paperSequence = num(s.codaSequence % 1000, 3);
  const account = `${pad(s.iban, 31)}   ${s.currency ?? 'EUR'}`;
  const out: string[] = [];
  out.push(
    check(
      `00000${ddmmyy(s.creationDate)}00005 ${pad('', 7)}${pad('', 10)}${pad(s.holderName, 26)}${pad('GEBABEBB', 11)}` +
        `${pad('00000000000', 11)} 00000${pad('', 32)}${pad('', 7)}2`,
    ),
  );
  out.push(
    check(
      `12${paperSequence}${account}${mills(s.openingBalance)}${ddmmyy(s.openingDate)}${pad(s.holderName, 26)}` +
        `${pad('Rekening-courant', 35)}${paperSequence}`,
    ),
  );
  let closing = s.openingBalance;
  let debit = 0;
  let credit = 0;
  let counted = 1;
  s.movements.forEach((m, i) => {
    const records = movementRecords(m, i + 1, paperSequence);
    counted += records.length;
    out.push(...records);
    closing += m.amount;
    if (m.amount < 0) debit -= m.amount;
    else credit += m.amount;
  });
  counted += 1;
  out.push(
    check(
      `8${paperSequence}${account}${mills(closing)}${ddmmyy(s.closingDate)}${pad('', 64)}${s.freeMessage === undefined ? '0' : '1'}`,
    ),
  );
  if (s.freeMessage !== undefined) {
    out.push(check(`4 00010000${pad('', 22)}${pad(s.freeMessage, 80)}${pad('', 15)}0`));
  }
  out.push(
    check(
      `9${pad('', 15)}${num(counted, 6)}${num(debit * 10, 15)}${num(credit * 10, 15)}${pad('', 75)}${last ? '2' : '1'}`,
    ),
  );
  return out;
}

/** One CODA file holding the given statements, CRLF line ends as banks deliver them. */
export function writeCoda(statements: readonly CodaStatementInput[]): string {
  const records = statements.flatMap((s, i) => statementRecords(s, i === statements.length - 1));
  return `${records.join('\r\n')}\r\n`;
}

/** Latin-1 bytes, as CODA files are delivered; characters outside Latin-1 become `?`. */
export function encodeLatin1(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[i] = code < 256 ? code : 63;
  }
  return bytes;
}
