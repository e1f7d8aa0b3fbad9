import { centsToDecimal } from '../kernel/money.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import {
  accountIban,
  type CodaMovement1,
  type CodaMovement2,
  type CodaMovement3,
  type CodaNewBalance,
  type CodaOldBalance,
  type CodaRecord,
  type CodaRecordKind,
  codaRecordKind,
  counterpartyAccount,
  parseCodaRecord,
} from './coda-records.ts';
import { message } from './messages.ts';
import { linkReversalsInFile } from './reversals.ts';
import {
  type BankStatement,
  type StatementError,
  type StatementLine,
  type StructuredRef,
  statementError,
} from './statement.ts';

const RECORD_LENGTH = 128;

interface Movement {
  /** Line number of its record 2.1 in the file. */
  line: number;
  main: CodaMovement1;
  part2?: CodaMovement2;
  part3?: CodaMovement3;
}

interface OpenStatement {
  startLine: number;
  old?: CodaOldBalance;
  movements: Movement[];
  recordCount: number;
  newBalance?: CodaNewBalance;
  last: CodaRecordKind;
}

/** Which record kinds may follow which: the CODA file structure 0 1 (2.x 3.x)* 8 4* 9, record 4 also before 8. */
const MAY_FOLLOW: Readonly<Record<CodaRecordKind, readonly CodaRecordKind[]>> = {
  '0': ['1'],
  '1': ['2.1', '4', '8'],
  '2.1': ['2.1', '2.2', '2.3', '3.1', '4', '8'],
  '2.2': ['2.1', '2.3', '3.1', '4', '8'],
  '2.3': ['2.1', '3.1', '4', '8'],
  '3.1': ['2.1', '3.1', '3.2', '3.3', '4', '8'],
  '3.2': ['2.1', '3.1', '3.3', '4', '8'],
  '3.3': ['2.1', '3.1', '4', '8'],
  '4': ['2.1', '4', '8', '9'],
  '8': ['4', '9'],
  '9': ['0'],
};

const KIND_NAME: Readonly<Record<CodaRecordKind, string>> = {
  '0': '0 (header)',
  '1': '1 (oud saldo / old balance)',
  '2.1': '2.1',
  '2.2': '2.2',
  '2.3': '2.3',
  '3.1': '3.1',
  '3.2': '3.2',
  '3.3': '3.3',
  '4': '4',
  '8': '8 (nieuw saldo / new balance)',
  '9': '9 (trailer)',
};

/** Parses a decoded CODA file (one or more statements, each 0 … 9). All-or-nothing. */
export function parseCoda(text: string, file: string): Result<BankStatement[], StatementError> {
  const rawLines = text.split('\n');
  while (rawLines.length > 0 && (rawLines[rawLines.length - 1] ?? '').replace(/\r$/, '').trim() === '') {
    rawLines.pop();
  }
  const statements: BankStatement[] = [];
  let open: OpenStatement | null = null;
  let previous: CodaRecordKind | null = null;

  for (let index = 0; index < rawLines.length; index++) {
    const lineNo = index + 1;
    const line = (rawLines[index] ?? '').replace(/\r$/, '');
    if (line.length !== RECORD_LENGTH) {
      return err(
        statementError(
          'line_length',
          file,
          { line: lineNo },
          message('codaLineLength', { length: String(RECORD_LENGTH), actual: String(line.length) }),
        ),
      );
    }
    const kind = codaRecordKind(line);
    if (kind === null) {
      return err(
        statementError(
          'record_type',
          file,
          { line: lineNo },
          message('codaRecordType', { found: line.slice(0, 2) }),
        ),
      );
    }
    const allowed: readonly CodaRecordKind[] = previous === null ? ['0'] : MAY_FOLLOW[previous];
    if (!allowed.includes(kind)) {
      return err(
        statementError(
          'record_order',
          file,
          { line: lineNo, where: `record ${kind}` },
          message('codaRecordOrder', { record: KIND_NAME[kind], allowed: allowed.join(', ') }),
        ),
      );
    }
    const parsed = parseCodaRecord(kind, line);
    if (!parsed.ok) {
      return err(statementError('field', file, { line: lineNo, where: `record ${kind}` }, parsed.error));
    }
    const record = parsed.value;
    previous = kind;

    if (record.kind === '0') {
      open = { startLine: lineNo, movements: [], recordCount: 0, last: '0' };
      continue;
    }
    if (open === null) throw new Error('record order table lets a record through before a header');
    const problem = addRecord(open, record, file, lineNo);
    if (problem !== null) return err(problem);
    if (record.kind === '9') {
      const closed = closeStatement(open, record, file, lineNo);
      if (!closed.ok) return closed;
      statements.push(closed.value);
      open = null;
    }
  }

  if (previous === null) {
    return err(statementError('truncated', file, {}, message('fileEmpty')));
  }
  if (open !== null) {
    const missing = open.newBalance === undefined ? '8, 9' : '9';
    return err(
      statementError(
        'truncated',
        file,
        { line: rawLines.length },
        message('codaTruncated', { startLine: String(open.startLine), missing }),
      ),
    );
  }
  return ok(linkReversalsInFile(statements));
}

function addRecord(
  open: OpenStatement,
  record: CodaRecord,
  file: string,
  lineNo: number,
): StatementError | null {
  if (record.kind !== '9' && record.kind !== '4') open.recordCount++;
  switch (record.kind) {
    case '1':
      open.old = record;
      return null;
    case '2.1':
      open.movements.push({ line: lineNo, main: record });
      return null;
    case '2.2':
    case '2.3': {
      const current = open.movements[open.movements.length - 1];
      if (
        current === undefined ||
        current.main.sequence !== record.sequence ||
        current.main.detail !== record.detail
      ) {
        return statementError(
          'record_order',
          file,
          { line: lineNo, where: `record ${record.kind}` },
          message('codaSequence', { sequence: record.sequence, detail: record.detail }),
        );
      }
      if (record.kind === '2.2') current.part2 = record;
      else current.part3 = record;
      return null;
    }
    case '8':
      open.newBalance = record;
      return null;
    default:
      return null;
  }
}

function closeStatement(
  open: OpenStatement,
  trailer: Extract<CodaRecord, { kind: '9' }>,
  file: string,
  lineNo: number,
): Result<BankStatement, StatementError> {
  const old = open.old;
  const closing = open.newBalance;
  if (old === undefined || closing === undefined) throw new Error('record order table guarantees 1 and 8');
  const account = accountIban(old.accountStructure, old.account);
  const statementId = `${closing.date.slice(0, 4)}-${old.codaSequence === '000' ? old.paperSequence : old.codaSequence}`;
  if (old.currency !== 'EUR') {
    return err(
      statementError(
        'currency',
        file,
        { line: open.startLine + 1, where: 'record 1' },
        message('codaAccountCurrency', { currency: old.currency }),
      ),
    );
  }
  const booked = open.movements.filter((m) => m.main.detail === '0000');
  let debit = 0;
  let credit = 0;
  for (const m of booked) {
    if (m.main.amount < 0) debit -= m.main.amount;
    else credit += m.main.amount;
  }
  const expected = old.balance + credit - debit;
  if (expected !== closing.balance) {
    return err(
      statementError(
        'balance_mismatch',
        file,
        { line: lineNo, where: `uittreksel/statement ${statementId}` },
        message('codaBalanceMismatch', {
          old: centsToDecimal(old.balance),
          movements: centsToDecimal(credit - debit),
          expected: centsToDecimal(expected),
          closing: centsToDecimal(closing.balance),
        }),
      ),
    );
  }
  if (
    trailer.recordCount !== open.recordCount ||
    trailer.debitTotal !== debit ||
    trailer.creditTotal !== credit
  ) {
    return err(
      statementError(
        'trailer_mismatch',
        file,
        { line: lineNo, where: 'record 9' },
        message('codaTrailer', {
          trailerCount: String(trailer.recordCount),
          trailerDebit: centsToDecimal(trailer.debitTotal),
          trailerCredit: centsToDecimal(trailer.creditTotal),
          count: String(open.recordCount),
          debit: centsToDecimal(debit),
          credit: centsToDecimal(credit),
        }),
      ),
    );
  }
  const detailsOf = new Map<string, Movement[]>();
  for (const d of open.movements) {
    if (d.main.detail === '0000') continue;
    const list = detailsOf.get(d.main.sequence);
    if (list === undefined) detailsOf.set(d.main.sequence, [d]);
    else list.push(d);
  }
  const lines: StatementLine[] = [];
  for (const m of booked) {
    const details = detailsOf.get(m.main.sequence) ?? [];
    if (details.length === 0) {
      lines.push(toLine(m, `${account}:${statementId}:${m.main.sequence}:${m.main.bankReference}`));
      continue;
    }
    const total = details.reduce((s, d) => s + d.main.amount, 0);
    if (total !== m.main.amount) {
      return err(
        statementError(
          'detail_mismatch',
          file,
          { line: m.line, where: `record 2.1 ${m.main.sequence}/0000 (${m.main.bankReference})` },
          message('codaDetailMismatch', {
            count: String(details.length),
            total: centsToDecimal(total),
            amount: centsToDecimal(m.main.amount),
          }),
        ),
      );
    }
    for (const d of details) {
      lines.push(
        toLine(d, `${account}:${statementId}:${m.main.sequence}:${m.main.bankReference}:${d.main.detail}`),
      );
    }
  }
  return ok({
    format: 'coda',
    account,
    statementId,
    sequence: old.codaSequence,
    date: closing.date,
    openingBalance: old.balance,
    closingBalance: closing.balance,
    lines,
  });
}

/** One statement line; a detail of a globalised movement has the movement's id plus its detail number. */
function toLine(m: Movement, bankRef: string): StatementLine {
  const { main, part2, part3 } = m;
  const communication = main.communication + (part2?.communication ?? '') + (part3?.communication ?? '');
  let structuredRef: StructuredRef | null = null;
  let unstructured: string | null = null;
  if (main.structured) {
    const type = communication.slice(0, 3);
    if (type === '101' || type === '102') structuredRef = { kind: 'ogm', value: communication.slice(3, 15) };
  } else {
    const text = communication.replace(/\s+/g, ' ').trim();
    unstructured = text === '' ? null : text;
  }
  const transaction = main.transactionCode.slice(3, 5);
  const rType = part2?.rTransactionType ?? '';
  const reversal = transaction === '49' || transaction === '99' || rType === '4' || rType === '5';
  const name = part3?.counterpartyName ?? '';
  return {
    bankRef,
    bookingDate: main.entryDate,
    valueDate: main.valueDate ?? main.entryDate,
    amount: main.amount,
    reversal,
    counterpartyName: name === '' ? null : name,
    counterpartyIban: part3 === undefined ? null : counterpartyAccount(part3.counterpartyAccount),
    structuredRef,
    unstructured,
  };
}
