import type { OverviewClaim } from '../api/debtors.ts';

export type ClaimSortKey = 'department' | 'dueDate';
export type SortDirection = 'ascending' | 'descending';

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts by the chosen column; ties fall back to the other column, then the claim id, so order is stable. */
export function sortClaims(claims: readonly OverviewClaim[], key: ClaimSortKey, direction: SortDirection) {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...claims].sort((a, b) => {
    const primary =
      key === 'department' ? compareText(a.department, b.department) : compareText(a.dueDate, b.dueDate);
    if (primary !== 0) return sign * primary;
    const secondary =
      key === 'department' ? compareText(a.dueDate, b.dueDate) : compareText(a.department, b.department);
    return secondary !== 0 ? secondary : compareText(a.claimId, b.claimId);
  });
}
