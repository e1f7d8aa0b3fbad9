import { apiFetch } from './client.ts';
import type { Answer } from './contract.ts';

export type DebtorSearchResult = Answer<'/api/v1/debtors/search', 'post'>['results'][number];
export type DebtorOverview = Answer<'/api/v1/debtors/{id}/overview'>;
export type OverviewClaim = DebtorOverview['claims'][number];
export type ClaimStatus = OverviewClaim['status'];
export type MoneyTotals = DebtorOverview['totals'];

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
