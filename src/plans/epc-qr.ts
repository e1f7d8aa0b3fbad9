import { parseBic, parseIban } from '../kernel/iban.ts';
import { type Cents, centsToDecimal } from '../kernel/money.ts';
import { err, ok, type Result } from '../kernel/result.ts';

/**
 * The payload of an EPC QR code ("SEPA credit transfer", EPC069-12 version 002): elements separated by
 * LF, in this order — service tag BCD, version 002, character set (1 = UTF-8), identification SCT, BIC
 * (optional in 002), beneficiary name (≤ 70), IBAN, amount `EUR12.34` (optional, 0.01–999999999.99),
 * purpose code (≤ 4, optional), structured creditor reference (≤ 35) OR unstructured remittance text
 * (≤ 140), never both, and information for the payer (≤ 70, optional). Nothing follows the last
 * element given, and the whole payload is at most 331 bytes.
 */
export interface EpcTransfer {
  readonly bic?: string;
  readonly name: string;
  readonly iban: string;
  readonly amount?: Cents;
  readonly purpose?: string;
  /** For a Belgian OGM: its 12 digits. */
  readonly structuredReference?: string;
  readonly remittanceText?: string;
  readonly information?: string;
}

const MAX_AMOUNT: Cents = 99_999_999_999;
const MAX_PAYLOAD_BYTES = 331;

function tooLong(value: string | undefined, max: number): boolean {
  return value !== undefined && [...value].length > max;
}

export function epcQrPayload(transfer: EpcTransfer): Result<string, string[]> {
  const problems: string[] = [];
  const name = transfer.name.trim();
  if (name === '' || tooLong(name, 70)) problems.push('name: 1 to 70 characters');
  const iban = parseIban(transfer.iban);
  if (!iban.ok) problems.push('iban: not a valid IBAN');
  const bic = transfer.bic === undefined || transfer.bic === '' ? ok('') : parseBic(transfer.bic);
  if (!bic.ok) problems.push('bic: not a valid BIC');
  const { amount } = transfer;
  if (amount !== undefined && (!Number.isSafeInteger(amount) || amount < 1 || amount > MAX_AMOUNT)) {
    problems.push('amount: from 0.01 to 999999999.99 euro');
  }
  if (transfer.purpose !== undefined && !/^[A-Z0-9]{1,4}$/.test(transfer.purpose)) {
    problems.push('purpose: 1 to 4 capital letters or digits');
  }
  if (transfer.structuredReference && transfer.remittanceText) {
    problems.push('structured reference and remittance text cannot both be given');
  }
  if (tooLong(transfer.structuredReference, 35)) problems.push('structuredReference: at most 35 characters');
  if (tooLong(transfer.remittanceText, 140)) problems.push('remittanceText: at most 140 characters');
  if (tooLong(transfer.information, 70)) problems.push('information: at most 70 characters');
  for (const [field, value] of Object.entries(transfer)) {
    if (typeof value === 'string' && /[\r\n]/.test(value)) problems.push(`${field}: no line breaks`);
  }
  if (problems.length > 0 || !iban.ok || !bic.ok) return err(problems);

  const elements = [
    'BCD',
    '002',
    '1',
    'SCT',
    bic.value,
    name,
    iban.value,
    amount === undefined ? '' : `EUR${centsToDecimal(amount)}`,
    transfer.purpose ?? '',
    transfer.structuredReference ?? '',
    transfer.remittanceText ?? '',
    transfer.information ?? '',
  ];
  while (elements.length > 0 && elements[elements.length - 1] === '') elements.pop();
  const payload = elements.join('\n');
  if (new TextEncoder().encode(payload).length > MAX_PAYLOAD_BYTES) {
    return err([`payload: at most ${MAX_PAYLOAD_BYTES} bytes`]);
  }
  return ok(payload);
}
