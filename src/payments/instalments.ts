import type { IsoDate } from '../kernel/dates.ts';
import type { Cents } from '../kernel/money.ts';

/** Marks a plan's instalments (OSLO Afbetalingsplanonderdeel) paid, partly paid or open. */

export interface Instalment {
  readonly key: string;
  readonly dueDate: IsoDate;
  readonly amount: Cents;
}

export interface InstalmentPayment {
  readonly date: IsoDate;
  readonly amount: Cents;
}

export type InstalmentStatus = 'paid' | 'partly_paid' | 'open';

export interface InstalmentState extends Instalment {
  readonly paid: Cents;
  readonly status: InstalmentStatus;
  /** Date of the payment that completed it (compare with dueDate to see it was late); null unless paid. */
  readonly paidOn: IsoDate | null;
}

export interface InstalmentResult {
  readonly instalments: readonly InstalmentState[];
  /** Paid beyond the last instalment. */
  readonly surplus: Cents;
}

/** Payments fill instalments in due-date order (earliest first), payments taken in date order. */
export function applyToInstalments(
  instalments: readonly Instalment[],
  payments: readonly InstalmentPayment[],
): InstalmentResult {
  for (const x of [...instalments, ...payments]) {
    if (!Number.isSafeInteger(x.amount) || x.amount < 0) {
      throw new RangeError(`amounts must be non-negative whole cents, got ${x.amount}`);
    }
  }
  const order = [...instalments].sort((a, b) =>
    a.dueDate === b.dueDate ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : a.dueDate < b.dueDate ? -1 : 1,
  );
  const paid = order.map(() => 0);
  const paidOn: (IsoDate | null)[] = order.map(() => null);
  let current = 0;
  let surplus = 0;
  for (const p of [...payments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    let left = p.amount;
    while (left > 0 && current < order.length) {
      const due = (order[current]?.amount ?? 0) - (paid[current] ?? 0);
      const take = Math.min(due, left);
      paid[current] = (paid[current] ?? 0) + take;
      left -= take;
      if (take === due) {
        paidOn[current] = p.date;
        current++;
      }
    }
    surplus += left;
  }
  return {
    instalments: order.map((inst, i) => {
      const amountPaid = paid[i] ?? 0;
      const status: InstalmentStatus =
        amountPaid >= inst.amount ? 'paid' : amountPaid > 0 ? 'partly_paid' : 'open';
      return { ...inst, paid: amountPaid, status, paidOn: status === 'paid' ? (paidOn[i] ?? null) : null };
    }),
    surplus,
  };
}
