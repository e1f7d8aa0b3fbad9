import type { IsoDate } from '../kernel/dates.ts';
import type { Cents } from '../kernel/money.ts';
import type { Instalment } from './schedule.ts';

export interface PlanPayment {
  readonly date: IsoDate;
  readonly amount: Cents;
}

/** OSLO Afbetalingsplansaldo (saldodatum, saldobedrag) plus what staff need to see next to it. */
export interface BalancePoint {
  readonly date: IsoDate;
  /** Still to pay on the plan at the end of `date` (saldobedrag). */
  readonly balance: Cents;
  /** Sum of instalments due on or before `date`. */
  readonly due: Cents;
  /** Sum of payments received on or before `date`. */
  readonly paid: Cents;
  /** Due but not paid. */
  readonly arrears: Cents;
  /** Paid beyond the start amount: held as a credit, never silently kept. */
  readonly credit: Cents;
}

export function planBalanceAt(
  startAmount: Cents,
  instalments: readonly Instalment[],
  payments: readonly PlanPayment[],
  date: IsoDate,
): BalancePoint {
  const due = instalments.filter((i) => i.dueDate <= date).reduce((s, i) => s + i.amount, 0);
  const paid = payments.filter((p) => p.date <= date).reduce((s, p) => s + p.amount, 0);
  return {
    date,
    balance: Math.max(0, startAmount - paid),
    due,
    paid,
    arrears: Math.max(0, due - paid),
    credit: Math.max(0, paid - startAmount),
  };
}

/** The balance after every instalment due date and every payment date up to `until`, and on `until`. */
export function planBalanceSeries(
  startAmount: Cents,
  instalments: readonly Instalment[],
  payments: readonly PlanPayment[],
  until: IsoDate,
): BalancePoint[] {
  const dates = new Set<IsoDate>([until]);
  for (const i of instalments) if (i.dueDate <= until) dates.add(i.dueDate);
  for (const p of payments) if (p.date <= until) dates.add(p.date);
  return [...dates].sort().map((date) => planBalanceAt(startAmount, instalments, payments, date));
}
