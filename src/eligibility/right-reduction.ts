/**
 * Reductions (OSLO Vermindering) that a granted local right proposes on invoices a department already
 * issued in the right's period. A reduction lowers the tariff, so it comes off the principal: never more
 * than the principal, nor more than what is still open on the claim.
 */
import type { IsoDate } from '../kernel/dates.ts';
import type { Period } from '../kernel/eligibility/facts.ts';
import type { ReductionRule } from '../kernel/eligibility/ruleset.ts';
import type { Cents } from '../kernel/money.ts';

export interface ReducibleClaim {
  readonly status: 'open' | 'paid' | 'cancelled';
  readonly principal: Cents;
  readonly charges: Cents;
  /** Paid as the department reports it. */
  readonly paid: Cents;
  /** Paid through EvS. */
  readonly evsPaid: Cents;
}

/** What the debtor still owes on the claim, as the overview counts it. */
export function openOf(c: ReducibleClaim): Cents {
  return c.status === 'open' ? Math.max(0, c.principal + c.charges - c.paid - c.evsPaid) : 0;
}

/** The most a reduction may take off this claim now. */
export function reductionCap(c: ReducibleClaim): Cents {
  return Math.max(0, Math.min(openOf(c), c.principal));
}

/** The reduction the rule gives on this claim; 0 means nothing to propose. Percentages round down. */
export function reductionFor(rule: ReductionRule, c: ReducibleClaim): Cents {
  const wanted =
    'percentBp' in rule
      ? Number((BigInt(Math.max(0, c.principal)) * BigInt(rule.percentBp)) / 10_000n)
      : rule.fixedCents;
  return Math.max(0, Math.min(wanted, reductionCap(c)));
}

/** The date that places an invoice in a period: its issue date, or its due date when it has none. */
export function invoiceDate(issueDate: IsoDate | null, dueDate: IsoDate): IsoDate {
  return issueDate ?? dueDate;
}

export function inPeriod(date: IsoDate, period: Period): boolean {
  return date >= period.from && (period.to === null || date <= period.to);
}
