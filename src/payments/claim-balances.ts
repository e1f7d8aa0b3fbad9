import type { AllocationStrategy, ClaimBalance } from '../kernel/allocation.ts';
import type { IsoDate } from '../kernel/dates.ts';
import type { Cents } from '../kernel/money.ts';

/** A claim as a plan bundled it, with what the department itself still books on it. */
export interface PlanClaimState {
  readonly claimKey: string;
  readonly dueDate: IsoDate;
  readonly category: string;
  readonly status: 'open' | 'paid' | 'cancelled';
  readonly principal: Cents;
  readonly charges: Cents;
  /** Paid as the department reports it (not through EvS). */
  readonly departmentPaid: Cents;
  /** Open amount when the plan bundled it. */
  readonly bundledOpen: Cents;
}

/**
 * What the plan's payments may pay on a claim, before any EvS payment: the open amount at bundling,
 * lowered when the department later books a payment, a reduction or a cancellation itself. Charges still
 * open count as costs (paid first, art. 1254); claims carry no separate interest.
 */
export function initialBalance(c: PlanClaimState): ClaimBalance {
  const nowOpen = c.status === 'cancelled' ? 0 : Math.max(0, c.principal + c.charges - c.departmentPaid);
  const open = Math.min(Math.max(0, c.bundledOpen), nowOpen);
  // waived charges and accepted reductions are already taken off the claim row (principal, charges)
  const costs = Math.min(open, c.charges);
  return {
    claimKey: c.claimKey,
    dueDate: c.dueDate,
    category: c.category,
    costs,
    interest: 0,
    principal: open - costs,
  };
}

/** The plan's strategy column as the allocation rule; priority entries may name categories by name or id. */
export function planStrategy(
  strategy: 'pro_rata' | 'oldest_first' | 'priority',
  priority: readonly string[] | null,
  categoryNames: ReadonlyMap<string, string>,
): AllocationStrategy {
  if (strategy !== 'priority') return strategy;
  return { priority: (priority ?? []).map((p) => categoryNames.get(p) ?? p) };
}
