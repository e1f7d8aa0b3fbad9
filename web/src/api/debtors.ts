import { apiFetch } from './client.ts';

export interface DebtorSearchResult {
  id: string;
  name: string;
  birthDate: string | null;
  city: string | null;
  /** cents */
  open: number;
  claimCount: number;
}

export type ClaimStatus = 'open' | 'paid' | 'cancelled';

export interface OverviewClaim {
  department: string;
  claimId: string;
  category: string;
  principal: number;
  charges: number;
  paid: number;
  open: number;
  dueDate: string;
  limitationDate: string | null;
  /** Open and past its limitation date (verjaard). */
  timeBarred?: boolean;
  daysOverdue: number;
  status: ClaimStatus;
}

export interface MoneyTotals {
  principal: number;
  charges: number;
  paid: number;
  open: number;
}

export interface DebtorOverview {
  debtor: {
    id: string;
    name: string;
    birthDate: string | null;
    nationalNumber: string | null;
    address: string | null;
    customerNumbers: { department: string; customerNumber: string }[];
  };
  claims: OverviewClaim[];
  totals: MoneyTotals;
  byDepartment: { department: string; open: number; count: number }[];
}

/** POST, never GET: a national register number must not end up in a URL or access log. */
export async function searchDebtors(
  query: string,
  signal?: AbortSignal,
): Promise<{ results: DebtorSearchResult[]; hasMore: boolean; limit: number }> {
  const body = await apiFetch<{ results: DebtorSearchResult[]; hasMore?: boolean; limit?: number }>(
    '/api/v1/debtors/search',
    { json: { query }, signal },
  );
  return { results: body.results, hasMore: body.hasMore ?? false, limit: body.limit ?? body.results.length };
}

export function getDebtorOverview(id: string, signal?: AbortSignal): Promise<DebtorOverview> {
  return apiFetch<DebtorOverview>(`/api/v1/debtors/${encodeURIComponent(id)}/overview`, { signal });
}
