import {
  type Allocation,
  type AllocationStrategy,
  allocatePayment,
  applyAllocations,
  type ClaimBalance,
} from '../kernel/allocation.ts';
import type { IsoDate } from '../kernel/dates.ts';
import type { Cents } from '../kernel/money.ts';

/**
 * Reverse-and-replay (as Apache Fineract does for backdated postings): allocations are always what
 * processing every payment in date order from the initial balances gives. A late-arriving, backdated
 * payment or a reversal (= the payment removed) is handled by replaying, so undo is exact.
 */

export interface PaymentToAllocate {
  readonly paymentId: string;
  readonly date: IsoDate;
  readonly amount: Cents;
}

export interface PaymentAllocation extends PaymentToAllocate {
  readonly allocations: readonly Allocation[];
  readonly surplus: Cents;
}

export interface ReplayResult {
  /** In processing order: by date, then payment id. */
  readonly payments: readonly PaymentAllocation[];
  readonly balances: readonly ClaimBalance[];
  /** Sum of surpluses: the debtor's credit. */
  readonly credit: Cents;
}

export function paymentOrder(a: PaymentToAllocate, b: PaymentToAllocate): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.paymentId < b.paymentId ? -1 : a.paymentId > b.paymentId ? 1 : 0;
}

export function replayAllocations(
  payments: readonly PaymentToAllocate[],
  initial: readonly ClaimBalance[],
  strategy: AllocationStrategy,
): ReplayResult {
  const ids = new Set<string>();
  for (const p of payments) {
    if (ids.has(p.paymentId)) throw new RangeError(`payment ${p.paymentId} appears twice`);
    ids.add(p.paymentId);
  }
  let balances: ClaimBalance[] = [...initial];
  let credit = 0;
  const done: PaymentAllocation[] = [];
  for (const p of [...payments].sort(paymentOrder)) {
    const { allocations, surplus } = allocatePayment(p.amount, balances, strategy);
    balances = applyAllocations(balances, allocations);
    credit += surplus;
    done.push({ paymentId: p.paymentId, date: p.date, amount: p.amount, allocations, surplus });
  }
  return { payments: done, balances, credit };
}

/**
 * Payments whose allocations differ between two replays (added, removed or re-allocated): exactly the
 * ToerekeningVanBetaling records a service must rewrite, and the departments it must tell.
 */
export function changedPayments(before: ReplayResult, after: ReplayResult): string[] {
  const key = (p: PaymentAllocation): string =>
    JSON.stringify([p.amount, p.surplus, p.allocations.map((a) => [a.claimKey, a.part, a.amount])]);
  const old = new Map(before.payments.map((p) => [p.paymentId, key(p)]));
  const now = new Map(after.payments.map((p) => [p.paymentId, key(p)]));
  const changed = new Set<string>();
  for (const [id, k] of old) if (now.get(id) !== k) changed.add(id);
  for (const [id, k] of now) if (old.get(id) !== k) changed.add(id);
  return [...changed].sort();
}
