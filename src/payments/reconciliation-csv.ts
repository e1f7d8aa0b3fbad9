import { centsToDecimal } from '../kernel/money.ts';
import { csvField } from '../platform/csv.ts';
import type { ReconciliationRow } from './reconciliation.ts';

export interface ReconciliationExport {
  readonly from: string;
  readonly to: string;
  readonly bankTotal: number;
  readonly rows: readonly ReconciliationRow[];
  readonly allocations: readonly {
    readonly date: string;
    readonly department: string;
    readonly claimId: string;
    readonly paymentId: string;
    readonly part: string;
    readonly amount: number;
  }[];
  /** Queued lines that left EvS: to a department / general ledger (named) or refunded. */
  readonly resolutions?: readonly {
    readonly date: string;
    readonly kind: string;
    readonly target: string;
    readonly paymentId: string;
    readonly amount: number;
  }[];
}

/** Semicolon CSV, amounts as 1234.56: the allocations, then the summary rows, then the bank total. */
export function reconciliationCsv(r: ReconciliationExport): string {
  const lines = [['record', 'date', 'department', 'claim_id', 'payment_id', 'part', 'amount'].join(';')];
  for (const a of r.allocations) {
    lines.push(
      ['allocation', a.date, a.department, a.claimId, a.paymentId, a.part, centsToDecimal(a.amount)]
        .map((v) => csvField(v))
        .join(';'),
    );
  }
  for (const x of r.resolutions ?? []) {
    const target = x.kind === 'not_for_evs' ? x.target : '';
    lines.push(
      [x.kind, x.date, target, '', x.paymentId, '', centsToDecimal(x.amount)]
        .map((v) => csvField(v))
        .join(';'),
    );
  }
  for (const row of r.rows) {
    lines.push(
      [
        'summary',
        `${r.from}..${r.to}`,
        row.department ?? row.kind,
        '',
        '',
        row.kind,
        centsToDecimal(row.amount),
      ]
        .map((v) => csvField(v))
        .join(';'),
    );
  }
  lines.push(['bank_total', `${r.from}..${r.to}`, '', '', '', '', centsToDecimal(r.bankTotal)].join(';'));
  return `${lines.join('\r\n')}\r\n`;
}
