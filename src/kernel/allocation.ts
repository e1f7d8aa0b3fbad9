import type { IsoDate } from './dates.ts';
import { type Cents, splitLargestRemainder } from './money.ts';

/**
 * Allocation of one payment over a debtor's open claims (OSLO `sb:ToerekeningVanBetaling`).
 * Across claims the plan's strategy decides; within a claim costs, then interest, then principal
 * (art. 1254 old Civil Code). Money is conserved: allocations + surplus = payment.
 */

export type ClaimPart = 'costs' | 'interest' | 'principal';

/** The legal order within one claim. */
export const CLAIM_PARTS: readonly ClaimPart[] = ['costs', 'interest', 'principal'];

export interface ClaimBalance {
  readonly claimKey: string;
  readonly dueDate: IsoDate;
  readonly category: string;
  /** Open amounts per part (never negative). */
  readonly costs: Cents;
  readonly interest: Cents;
  readonly principal: Cents;
}

export type AllocationStrategy = 'pro_rata' | 'oldest_first' | { readonly priority: readonly string[] };

export interface Allocation {
  readonly claimKey: string;
  readonly part: ClaimPart;
  readonly amount: Cents;
}

export interface AllocationResult {
  readonly allocations: readonly Allocation[];
  /** What is left after every claim is paid in full: held as a credit, never silently dropped. */
  readonly surplus: Cents;
}

export function openAmount(claim: ClaimBalance): Cents {
  return claim.costs + claim.interest + claim.principal;
}

function assertCents(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a non-negative whole number of cents, got ${value}`);
  }
}

function assertClaims(claims: readonly ClaimBalance[]): void {
  const keys = new Set<string>();
  for (const c of claims) {
    if (keys.has(c.claimKey)) throw new RangeError(`claim ${c.claimKey} appears twice`);
    keys.add(c.claimKey);
    for (const part of CLAIM_PARTS) assertCents(c[part], `${part} of claim ${c.claimKey}`);
  }
}

/** Pays up to `amount` into one claim, costs → interest → principal. */
function fillClaim(claim: ClaimBalance, amount: Cents, out: Allocation[]): void {
  let left = amount;
  for (const part of CLAIM_PARTS) {
    const paid = Math.min(left, claim[part]);
    if (paid > 0) out.push({ claimKey: claim.claimKey, part, amount: paid });
    left -= paid;
  }
  if (left !== 0) throw new Error(`gave claim ${claim.claimKey} more than it owes`);
}

function byDueDate(a: ClaimBalance, b: ClaimBalance): number {
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
  return a.claimKey < b.claimKey ? -1 : a.claimKey > b.claimKey ? 1 : 0;
}

/** Claims in the order a sequential strategy pays them. */
export function claimOrder(
  claims: readonly ClaimBalance[],
  strategy: Exclude<AllocationStrategy, 'pro_rata'>,
): ClaimBalance[] {
  if (strategy === 'oldest_first') return [...claims].sort(byDueDate);
  const rank = (c: ClaimBalance): number => {
    const i = strategy.priority.indexOf(c.category);
    return i < 0 ? strategy.priority.length : i;
  };
  return [...claims].sort((a, b) => rank(a) - rank(b) || byDueDate(a, b));
}

export function allocatePayment(
  amount: Cents,
  claims: readonly ClaimBalance[],
  strategy: AllocationStrategy,
): AllocationResult {
  assertCents(amount, 'payment');
  assertClaims(claims);
  const open = claims.filter((c) => openAmount(c) > 0);
  const allocations: Allocation[] = [];
  const total = open.reduce((sum, c) => sum + openAmount(c), 0);
  if (amount >= total) {
    for (const c of open) fillClaim(c, openAmount(c), allocations);
    return { allocations, surplus: amount - total };
  }
  if (strategy === 'pro_rata') {
    // amount < total, so every exact share is below the claim's open amount and so is its rounded share
    const shares = splitLargestRemainder(amount, open.map(openAmount));
    open.forEach((c, i) => {
      fillClaim(c, shares[i] ?? 0, allocations);
    });
    return { allocations, surplus: 0 };
  }
  let left = amount;
  for (const c of claimOrder(open, strategy)) {
    if (left === 0) break;
    const give = Math.min(left, openAmount(c));
    fillClaim(c, give, allocations);
    left -= give;
  }
  return { allocations, surplus: 0 };
}

/** Balances after the allocations are booked. */
export function applyAllocations(
  claims: readonly ClaimBalance[],
  allocations: readonly Allocation[],
): ClaimBalance[] {
  const paid = new Map<string, Cents>();
  for (const a of allocations) {
    const key = `${a.claimKey}\u0000${a.part}`;
    paid.set(key, (paid.get(key) ?? 0) + a.amount);
  }
  return claims.map((c) => {
    const after = { ...c };
    for (const part of CLAIM_PARTS) {
      const p = paid.get(`${c.claimKey}\u0000${part}`) ?? 0;
      if (p > c[part]) throw new RangeError(`allocation exceeds the open ${part} of claim ${c.claimKey}`);
      after[part] = c[part] - p;
    }
    return after;
  });
}
