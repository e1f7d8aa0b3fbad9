import { ApiError, apiFetch } from '../api/client.ts';
import type { Answer } from '../api/contract.ts';

export type StatementSummary = Answer<'/api/v1/payments/statements', 'post'>;
export type QueueItem = Answer<'/api/v1/payments/unmatched'>['items'][number];
export type PlanHistory = Answer<'/api/v1/payments/plans/{planId}'>;
export type FoundPlan = Answer<'/api/v1/payments/plan-search'>['plans'][number];
export type Reconciliation = Answer<'/api/v1/payments/reconciliation'>;

export interface ReconciliationPeriod {
  from: string;
  to: string;
  department: string;
}

export type ClaimAllocation = Answer<'/api/v1/payments/claims/{claimId}'>['allocations'][number];

function csrfToken(): string | null {
  const m = /(?:^|;\s*)evs_csrf=([^;]+)/.exec(document.cookie);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

/** Uploads with XMLHttpRequest, the one browser API that reports upload progress. */
export function uploadStatement(
  file: File,
  lang: string,
  onProgress: (fraction: number) => void,
): Promise<StatementSummary> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/payments/statements?lang=${lang}`);
    xhr.setRequestHeader('Accept', 'application/json');
    const csrf = csrfToken();
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'network error'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status === 200) {
        onProgress(1);
        resolve(body as StatementSummary);
        return;
      }
      const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
      reject(new ApiError(xhr.status, error?.code ?? 'http', error?.message ?? xhr.statusText));
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

export async function unmatchedQueue(lang: string, signal?: AbortSignal): Promise<QueueItem[]> {
  const body = await apiFetch<{ items: QueueItem[] }>(
    `/api/v1/payments/unmatched?lang=${lang}`,
    signal ? { signal } : {},
  );
  return body.items;
}

export function assignPayment(paymentId: string, planId: string, reason: string, lang: string) {
  return apiFetch<{ allocated: number }>(`/api/v1/payments/${paymentId}/assign?lang=${lang}`, {
    json: { planId, reason },
  });
}

export function planHistory(planId: string, signal?: AbortSignal) {
  return apiFetch<PlanHistory>(`/api/v1/payments/plans/${planId}`, signal ? { signal } : {});
}

export async function claimAllocations(claimId: string, signal?: AbortSignal) {
  return (
    await apiFetch<{ allocations: ClaimAllocation[] }>(
      `/api/v1/payments/claims/${claimId}`,
      signal ? { signal } : {},
    )
  ).allocations;
}

export async function searchPlans(text: string, lang: string): Promise<FoundPlan[]> {
  const q = new URLSearchParams({ q: text, lang });
  return (await apiFetch<{ plans: FoundPlan[] }>(`/api/v1/payments/plan-search?${q}`)).plans;
}

export function refundCredit(planId: string, amount: number, reason: string, lang: string) {
  return apiFetch<{ credit: number }>(`/api/v1/payments/plans/${planId}/refunds?lang=${lang}`, {
    json: { amount, reason },
  });
}

/** The query string of a reconciliation; the same one serves the JSON and the CSV. */
export function reconciliationQuery(period: ReconciliationPeriod, lang: string): string {
  const q = new URLSearchParams({ from: period.from, to: period.to, lang });
  if (period.department.trim() !== '') q.set('department', period.department.trim());
  return q.toString();
}

export function reconciliation(period: ReconciliationPeriod, lang: string) {
  return apiFetch<Reconciliation>(`/api/v1/payments/reconciliation?${reconciliationQuery(period, lang)}`);
}
