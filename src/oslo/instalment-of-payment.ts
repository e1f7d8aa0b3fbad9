import type { Cents } from '../kernel/money.ts';

/**
 * Which instalment each payment of a plan pays. Our payments record the plan, not the instalment, so
 * the instalments are filled in order (by sequence) with the payments in booking order: a payment
 * follows the first instalment that the earlier payments have not paid in full. A payment beyond the
 * plan's total follows the last instalment (OSLO wants exactly one per Afbetaling).
 */
export function instalmentOfPayments(
  instalments: readonly { readonly id: string; readonly amount: Cents }[],
  payments: readonly { readonly id: string; readonly amount: Cents }[],
): Map<string, string> {
  const out = new Map<string, string>();
  const last = instalments.at(-1);
  if (!last) return out;
  let paidBefore = 0;
  for (const p of payments) {
    let due = 0;
    let followed = last.id;
    for (const i of instalments) {
      due += i.amount;
      if (paidBefore < due) {
        followed = i.id;
        break;
      }
    }
    out.set(p.id, followed);
    paidBefore += p.amount;
  }
  return out;
}
