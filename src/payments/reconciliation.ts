import type { Cents } from '../kernel/money.ts';

/**
 * A reconciliation of the bank lines of a period: every line is exactly one of allocated to a department's
 * claims, held as credit on a file, waiting unmatched, a credit since reversed, a reversal, or not EvS
 * money (other debits). The rows add up to the bank total; a narrowed scope sees other departments as one row.
 */
export type ReconciliationKind =
  | 'department'
  | 'other_departments'
  | 'credit_on_file'
  | 'unmatched'
  | 'reversed'
  | 'reversal'
  | 'not_for_evs'
  | 'refunded'
  | 'other';

export interface ReconciliationRow {
  readonly kind: ReconciliationKind;
  /** Department code for `department` rows. */
  readonly department: string | null;
  readonly amount: Cents;
}

export interface ReconciliationInput {
  /** Allocations of allocated credits booked in the period, per department code. */
  readonly byDepartment: ReadonlyMap<string, Cents>;
  readonly surplus: Cents;
  /** Line sums per kind/status, and the count of lines. */
  readonly allocatedCredits: Cents;
  readonly unmatched: Cents;
  readonly reversed: Cents;
  readonly reversals: Cents;
  readonly other: Cents;
  /** Queued credits handed to a department or the general ledger, and those refunded to the payer. */
  readonly notForEvs?: Cents;
  readonly refunded?: Cents;
  /** Sum of all stored lines of the period: the bank's own total. */
  readonly bankTotal: Cents;
  /** Departments the viewer may see by name; undefined = all. */
  readonly visibleDepartments?: ReadonlySet<string>;
}

export interface Reconciliation {
  readonly rows: readonly ReconciliationRow[];
  readonly bankTotal: Cents;
}

export function reconcile(input: ReconciliationInput): Reconciliation {
  const rows: ReconciliationRow[] = [];
  let hidden = 0;
  for (const [department, amount] of [...input.byDepartment].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  )) {
    if (input.visibleDepartments === undefined || input.visibleDepartments.has(department)) {
      rows.push({ kind: 'department', department, amount });
    } else hidden += amount;
  }
  if (hidden !== 0) rows.push({ kind: 'other_departments', department: null, amount: hidden });
  const add = (kind: ReconciliationKind, amount: Cents) => {
    if (amount !== 0) rows.push({ kind, department: null, amount });
  };
  add('credit_on_file', input.surplus);
  add('unmatched', input.unmatched);
  add('reversed', input.reversed);
  add('reversal', input.reversals);
  add('not_for_evs', input.notForEvs ?? 0);
  add('refunded', input.refunded ?? 0);
  add('other', input.other);
  const allocatedToClaims = [...input.byDepartment.values()].reduce((s, a) => s + a, 0);
  if (allocatedToClaims + input.surplus !== input.allocatedCredits) {
    throw new Error(
      `allocations ${allocatedToClaims} + credit ${input.surplus} differ from allocated credits ${input.allocatedCredits}`,
    );
  }
  const sum = rows.reduce((s, r) => s + r.amount, 0);
  if (sum !== input.bankTotal)
    throw new Error(`reconciliation rows add up to ${sum}, the bank total is ${input.bankTotal}`);
  return { rows, bankTotal: input.bankTotal };
}
