import { isIsoDate } from '../kernel/dates.ts';
import type { Cents } from '../kernel/money.ts';
import { centsToDecimal } from '../kernel/money.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { type CamtEntry, entryLines } from './camt053-entry.ts';
import {
  CamtFieldError,
  currencyOf,
  decimalToCents,
  list,
  missing,
  type Node,
  optionalText,
} from './camt053-xml.ts';
import { type Message, message, paymentsMessages, perLang } from './messages.ts';
import { linkReversalsInFile } from './reversals.ts';
import type { BankStatement, StatementError, StatementLine } from './statement.ts';
import { statementError } from './statement.ts';
import { parseXmlTree } from './xml-tree.ts';

export const CAMT053_VERSIONS = ['02', '03', '04', '08', '13'] as const;
export type Camt053Version = (typeof CAMT053_VERSIONS)[number];

const NAMESPACE = /xmlns(?::[\w.-]+)?\s*=\s*["']urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.(\d\d)["']/;
const ARRAYS = new Set(['Stmt', 'Bal', 'Ntry', 'NtryDtls', 'TxDtls', 'Ustrd', 'Strd']);

export function camtVersion(text: string): Camt053Version | null {
  const found = NAMESPACE.exec(text)?.[1];
  return CAMT053_VERSIONS.find((v) => v === found) ?? null;
}

/** Parses a decoded camt.053 (001.02, .03, .04, .08 or .13) document. All-or-nothing. */
export function parseCamt053(text: string, file: string): Result<BankStatement[], StatementError> {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    return err(statementError('xml_forbidden', file, {}, message('xmlForbidden')));
  }
  const tree = parseXmlTree(text, ARRAYS);
  if (!tree.ok) {
    return err(
      statementError(
        'xml_malformed',
        file,
        { line: tree.line },
        message('xmlMalformed', { detail: tree.message }),
      ),
    );
  }
  const version = camtVersion(text);
  if (version === null) {
    return err(
      statementError(
        'xml_namespace',
        file,
        { where: 'Document' },
        message('xmlNamespace', { versions: CAMT053_VERSIONS.join(', ') }),
      ),
    );
  }
  const root = tree.root;
  try {
    const doc = required(root, 'Document', '');
    const bank = required(doc, 'BkToCstmrStmt', 'Document');
    const statements = list(bank, 'Stmt').map((stmt, i) =>
      readStatement(stmt, `Document/BkToCstmrStmt/Stmt[${i + 1}]`),
    );
    if (statements.length === 0) throw missing('Document/BkToCstmrStmt/Stmt');
    for (const s of statements) {
      const problem = balanceProblem(s, file);
      if (problem !== null) return err(problem);
    }
    return ok(linkReversalsInFile(statements.map((s) => s.statement)));
  } catch (e) {
    if (e instanceof CamtFieldError) {
      return err(statementError(e.code, file, { where: e.path }, e.detail));
    }
    throw e;
  }
}

interface ReadStatement {
  statement: BankStatement;
  path: string;
  entrySum: Cents;
}

function readStatement(stmt: Node, path: string): ReadStatement {
  const id = textAt(stmt, ['Id'], path);
  const sequence = optionalText(stmt, ['ElctrncSeqNb']);
  const account = accountOf(stmt, path);
  const declared = optionalText(stmt, ['Acct', 'Ccy']);
  const accountCurrency = declared ?? currencyOf(list(stmt, 'Bal')[0] ?? {}, ['Amt']) ?? 'EUR';
  if (accountCurrency !== 'EUR') {
    const where = declared !== undefined ? `${path}/Acct/Ccy` : `${path}/Bal[1]/Amt`;
    throw notEuro(where, message('camtAccountIn', { currency: accountCurrency }));
  }
  const balances = list(stmt, 'Bal').map((bal, i) => {
    const at = `${path}/Bal[${i + 1}]`;
    const ccy = currencyOf(bal, ['Amt']);
    if (ccy !== undefined && ccy !== 'EUR') {
      throw notEuro(`${at}/Amt`, message('camtBalanceIn', { currency: ccy }));
    }
    return {
      code: optionalText(bal, ['Tp', 'CdOrPrtry', 'Cd']) ?? textAt(bal, ['Tp', 'CdOrPrtry', 'Prtry'], at),
      amount: signedAmount(bal, at, true),
      date: dateAt(bal, 'Dt', at),
    };
  });
  const opening = balances.find((b) => b.code === 'OPBD') ?? balances.find((b) => b.code === 'PRCD');
  const closing = balances.find((b) => b.code === 'CLBD');
  if (opening === undefined) throw missing(`${path}/Bal[Tp/CdOrPrtry/Cd=OPBD]`);
  if (closing === undefined) throw missing(`${path}/Bal[Tp/CdOrPrtry/Cd=CLBD]`);

  const lines: StatementLine[] = [];
  let entrySum = 0;
  list(stmt, 'Ntry').forEach((ntry, i) => {
    const at = `${path}/Ntry[${i + 1}]`;
    const booked = euroAmount(ntry, at);
    const entry: CamtEntry = {
      amount: booked.amount,
      ...(booked.currency !== undefined ? { currency: booked.currency } : {}),
      reversal: optionalText(ntry, ['RvslInd']) === 'true',
      // BookgDt and ValDt are optional in the schema: one stands in for the other, else the statement date
      bookingDate: dateAt(ntry, ntry.BookgDt !== undefined ? 'BookgDt' : 'ValDt', at, closing.date),
      valueDate: dateAt(ntry, ntry.ValDt !== undefined ? 'ValDt' : 'BookgDt', at, closing.date),
      ref: optionalText(ntry, ['AcctSvcrRef']),
      details: list(ntry, 'NtryDtls').flatMap((d) => list(d, 'TxDtls')),
      path: at,
      fallbackRef: `${account}:${id}:${i + 1}`,
      account,
    };
    // a line the bank left in another currency cannot be counted in a euro balance
    if (booked.currency === undefined) entrySum += entry.amount;
    lines.push(...entryLines(entry));
  });
  return {
    path,
    entrySum,
    statement: {
      format: 'camt053',
      account,
      statementId: id,
      ...(sequence !== undefined ? { sequence } : {}),
      date: closing.date,
      openingBalance: opening.amount,
      closingBalance: closing.amount,
      lines: uniqueRefs(lines),
    },
  };
}

/** Banks sometimes repeat an AcctSvcrRef; suffix repeats so every line keeps a stable unique id. */
function uniqueRefs(lines: StatementLine[]): StatementLine[] {
  const seen = new Map<string, number>();
  return lines.map((line) => {
    const n = (seen.get(line.bankRef) ?? 0) + 1;
    seen.set(line.bankRef, n);
    return n === 1 ? line : { ...line, bankRef: `${line.bankRef}#${n}` };
  });
}

function balanceProblem(s: ReadStatement, file: string): StatementError | null {
  const { openingBalance, closingBalance, statementId } = s.statement;
  const expected = openingBalance + s.entrySum;
  if (expected === closingBalance) return null;
  return statementError(
    'balance_mismatch',
    file,
    { where: `${s.path} (Id ${statementId})` },
    message('camtBalanceMismatch', {
      opening: centsToDecimal(openingBalance),
      entries: centsToDecimal(s.entrySum),
      expected: centsToDecimal(expected),
      closing: centsToDecimal(closingBalance),
    }),
  );
}

// ---- small typed accessors over the parsed tree -------------------------------------------------

function required(node: Node, name: string, path: string): Node {
  const value = node[name];
  if (typeof value !== 'object' || value === null) throw missing(path === '' ? name : `${path}/${name}`);
  return value as Node;
}

function textAt(node: Node, names: readonly string[], path: string): string {
  const value = optionalText(node, names);
  if (value === undefined || value === '') throw missing(`${path}/${names.join('/')}`);
  return value;
}

function dateAt(node: Node, name: string, path: string, fallback?: string): string {
  if (fallback !== undefined && node[name] === undefined) return fallback;
  const value = optionalText(node, [name, 'Dt']) ?? optionalText(node, [name, 'DtTm'])?.slice(0, 10);
  if (value === undefined || !isIsoDate(value)) {
    throw new CamtFieldError(`${path}/${name}`, message('camtDate', { path: `${path}/${name}` }));
  }
  return value;
}

function notEuro(path: string, what: Message): CamtFieldError {
  return new CamtFieldError(
    path,
    perLang((lang) => paymentsMessages.text(lang, 'notEuro', { what: what[lang] })),
    'currency',
  );
}

/** Acct/Id/IBAN, or Acct/Id/Othr/Id (an IBAN there is checked as one by the import; another identifier
 * is kept as written). */
function accountOf(stmt: Node, path: string): string {
  const iban = optionalText(stmt, ['Acct', 'Id', 'IBAN']);
  if (iban !== undefined && iban.trim() !== '') return iban.replace(/\s+/g, '').toUpperCase();
  const other = optionalText(stmt, ['Acct', 'Id', 'Othr', 'Id'])?.trim();
  if (other === undefined || other === '') throw missing(`${path}/Acct/Id/IBAN | ${path}/Acct/Id/Othr/Id`);
  const compact = other.replace(/\s+/g, '').toUpperCase();
  return /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(compact) ? compact : other;
}

const EURO_DETAILS = ['TxAmt', 'CntrValAmt', 'InstdAmt', 'PrtryAmt'] as const;

/** The entry's amount in euro: Ntry/Amt, or when that is in another currency the euro amount the bank
 * gives in AmtDtls; failing that the amount as booked, marked with its currency. */
function euroAmount(ntry: Node, path: string): { amount: Cents; currency?: string } {
  const amount = signedAmount(ntry, path);
  const ccy = currencyOf(ntry, ['Amt']);
  if (ccy === undefined || ccy === 'EUR') return { amount };
  const sign = amount < 0 ? -1 : 1;
  const holders = [ntry, ...list(ntry, 'NtryDtls').flatMap((d) => list(d, 'TxDtls'))];
  for (const holder of holders) {
    for (const kind of EURO_DETAILS) {
      if (currencyOf(holder, ['AmtDtls', kind, 'Amt']) !== 'EUR') continue;
      const text = optionalText(holder, ['AmtDtls', kind, 'Amt']);
      if (text !== undefined) return { amount: sign * decimalToCents(text, `${path}/AmtDtls/${kind}/Amt`) };
    }
  }
  return { amount, currency: ccy };
}

function signedAmount(node: Node, path: string, indicatorOptional = false): Cents {
  const text = textAt(node, ['Amt'], path);
  const indicator = optionalText(node, ['CdtDbtInd']);
  if (indicator === undefined && indicatorOptional) return decimalToCents(text, `${path}/Amt`, true);
  const cents = decimalToCents(text, `${path}/Amt`);
  if (indicator === undefined) throw missing(`${path}/CdtDbtInd`);
  if (indicator !== 'CRDT' && indicator !== 'DBIT') {
    throw new CamtFieldError(
      `${path}/CdtDbtInd`,
      message('camtIndicator', { path: `${path}/CdtDbtInd`, indicator }),
    );
  }
  return indicator === 'DBIT' ? -cents : cents;
}
