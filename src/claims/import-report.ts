import type { RowError } from './claim-row.ts';
import type { ClaimField } from './columns.ts';
import { claimsMessages, type Lang } from './messages.ts';

/** The report of one import; `--json` prints exactly this shape. Row numbers as a spreadsheet shows them. */
export interface ImportReport {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: ReportedRowError[];
  rejectedFile: string | null;
}

export interface ReportedRowError {
  row: number;
  field: string;
  /** The column as the file itself names it (`rijksregisternummer` in a Dutch file); '' for a whole record. */
  column: string;
  value: string;
  message: string;
}

const SNAKE: Record<ClaimField, string> = {
  claimId: 'claim_id',
  nationalNumber: 'national_number',
  customerNumber: 'customer_number',
  name: 'name',
  birthDate: 'birth_date',
  street: 'street',
  houseNumber: 'house_number',
  postalCode: 'postal_code',
  city: 'city',
  category: 'category',
  principal: 'principal',
  charges: 'charges',
  paid: 'paid',
  issueDate: 'issue_date',
  dueDate: 'due_date',
  status: 'status',
};

export function reportedError(e: RowError): ReportedRowError {
  return {
    row: e.row,
    field: e.field === 'record' ? 'record' : SNAKE[e.field],
    column: e.column,
    value: e.value,
    message: e.message,
  };
}

export function duplicateClaimIdError(
  row: number,
  claimId: string,
  firstRow: number,
  lang: Lang,
  column = 'claim_id',
): ReportedRowError & { error: RowError } {
  const message = claimsMessages.text(lang, 'duplicateClaimId', { firstRow: String(firstRow) });
  return {
    row,
    field: 'claim_id',
    column,
    value: claimId,
    message,
    error: { row, field: 'claimId', column, value: claimId, code: 'required', message },
  };
}
