import { apiFetch } from '../api/client.ts';

export interface TwinSide {
  id: string;
  name: string;
  birthDate: string | null;
  address: string | null;
  identifiers: { kind: string; value: string }[];
  customerNumbers: { department: string; customerNumber: string }[];
  departments: { department: string; claims: number; open: number }[];
  open: number;
}

export interface TwinPair {
  id: string;
  status: 'open' | 'confirmed' | 'rejected';
  decisionReason: string | null;
  decidedBy: string | null;
  mergeId: string | null;
  open: number;
  debtor: TwinSide;
  candidate: TwinSide;
}

export type TwinStatus = TwinPair['status'];

export const reviewTwins = (status: TwinStatus, page: number) =>
  apiFetch<{ total: number; rows: TwinPair[]; page: number; pageSize: number }>(
    `/api/v1/debtor-suggestions/review?status=${status}&page=${page}`,
  );
export const mergeTwins = (id: string) =>
  apiFetch<{ mergeId: string; survivorId: string }>(
    `/api/v1/debtor-suggestions/${encodeURIComponent(id)}/confirm`,
    { method: 'POST' },
  );
export const notTwins = (id: string, reason: string) =>
  apiFetch(`/api/v1/debtor-suggestions/${encodeURIComponent(id)}/reject`, { json: { reason } });
export const undoTwinMerge = (mergeId: string) =>
  apiFetch(`/api/v1/debtor-merges/${encodeURIComponent(mergeId)}/undo`, { method: 'POST' });
export const lookAlikesOf = (debtorId: string, signal?: AbortSignal) =>
  apiFetch<{ suggestions: { id: string; debtorId: string; candidateId: string }[] }>(
    `/api/v1/debtors/${encodeURIComponent(debtorId)}/look-alikes`,
    { signal },
  );
