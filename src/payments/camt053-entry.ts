import type { Cents } from '../kernel/money.ts';
import { decimalToCents, list, type Node, optionalText } from './camt053-xml.ts';
import type { IsoDate, StatementLine, StructuredRef } from './statement.ts';

export interface CamtEntry {
  readonly amount: Cents;
  /** Set when the amount is not in euro (no euro amount given by the bank). */
  readonly currency?: string;
  readonly reversal: boolean;
  readonly bookingDate: IsoDate;
  readonly valueDate: IsoDate;
  readonly ref: string | undefined;
  readonly details: readonly Node[];
  readonly path: string;
  readonly fallbackRef: string;
  readonly account: string;
}

/**
 * Lines of one Ntry. A batch entry whose TxDtls each carry an amount adding up to the entry becomes one
 * line per TxDtls (each payer matched on its own); otherwise the entry is one line.
 */
export function entryLines(entry: CamtEntry): StatementLine[] {
  const base = entry.ref !== undefined ? `${entry.account}:${entry.ref}` : entry.fallbackRef;
  const sign = entry.amount < 0 ? -1 : 1;
  if (entry.details.length > 1) {
    const amounts = entry.details.map((d, i) => detailAmount(d, `${entry.path}/NtryDtls/TxDtls[${i + 1}]`));
    if (amounts.every((a) => a !== undefined) && sum(amounts) === Math.abs(entry.amount)) {
      return entry.details.map((d, i) => line(entry, d, `${base}/${i + 1}`, sign * (amounts[i] ?? 0)));
    }
  }
  return [line(entry, entry.details[0], base, entry.amount)];
}

function sum(values: readonly (number | undefined)[]): number {
  return values.reduce<number>((a, b) => a + (b ?? 0), 0);
}

function detailAmount(d: Node, path: string): Cents | undefined {
  const text = optionalText(d, ['AmtDtls', 'TxAmt', 'Amt']) ?? optionalText(d, ['Amt']);
  return text === undefined ? undefined : decimalToCents(text, `${path}/Amt`);
}

function line(entry: CamtEntry, d: Node | undefined, bankRef: string, amount: Cents): StatementLine {
  // The payer is the debtor of the original transfer: a reversal of a credit is booked as DBIT.
  const originalWasCredit = amount > 0 !== entry.reversal;
  const party = originalWasCredit ? 'Dbtr' : 'Cdtr';
  const parties = d === undefined ? undefined : (d.RltdPties as Node | undefined);
  const name =
    parties === undefined
      ? undefined
      : (optionalText(parties, [party, 'Nm']) ?? optionalText(parties, [party, 'Pty', 'Nm']));
  const iban = parties === undefined ? undefined : optionalText(parties, [`${party}Acct`, 'Id', 'IBAN']);
  const remittance = d === undefined ? undefined : (d.RmtInf as Node | undefined);
  const ustrd = remittance === undefined ? [] : ustrdTexts(remittance);
  const { structuredRef, leftover } = remittance === undefined ? noRef : structured(remittance);
  const unstructured = [...ustrd, ...leftover].join(' ').replace(/\s+/g, ' ').trim();
  return {
    bankRef,
    bookingDate: entry.bookingDate,
    valueDate: entry.valueDate,
    amount,
    reversal: entry.reversal,
    counterpartyName: name === undefined || name === '' ? null : name,
    counterpartyIban: iban === undefined || iban === '' ? null : iban.replace(/\s+/g, '').toUpperCase(),
    structuredRef,
    unstructured: unstructured === '' ? null : unstructured,
    ...(entry.currency !== undefined ? { currency: entry.currency } : {}),
  };
}

const noRef = { structuredRef: null, leftover: [] as string[] };

function ustrdTexts(remittance: Node): string[] {
  const value = remittance.Ustrd;
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is string => typeof v === 'string');
}

/** RmtInf/Strd/CdtrRefInf: SCOR with issuer BBA (or 12 digits) is an OGM, an `RF…` reference is ISO 11649. */
function structured(remittance: Node): { structuredRef: StructuredRef | null; leftover: string[] } {
  const leftover: string[] = [];
  for (const strd of list(remittance, 'Strd')) {
    const ref = optionalText(strd, ['CdtrRefInf', 'Ref']);
    if (ref === undefined || ref.trim() === '') continue;
    const issuer = optionalText(strd, ['CdtrRefInf', 'Tp', 'Issr']);
    const compact = ref.replace(/[\s+*/]/g, '').toUpperCase();
    if (/^RF\d{2}[0-9A-Z]{1,21}$/.test(compact))
      return { structuredRef: { kind: 'rf', value: compact }, leftover };
    if (issuer === 'BBA' || /^\d{12}$/.test(compact))
      return { structuredRef: { kind: 'ogm', value: compact }, leftover };
    leftover.push(ref);
  }
  return { structuredRef: null, leftover };
}
