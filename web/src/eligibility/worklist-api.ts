import type { Lang } from '#kernel/i18n.ts';
import { apiFetch } from '../api/client.ts';
import type { Answer } from '../api/contract.ts';
import type { WorklistItem } from './api.ts';

export interface WorklistRow extends WorklistItem {
  score: number | null;
  departments: number | null;
  createdAt: string;
  evaluationDate: string | null;
}

export interface WorklistQuery {
  status: 'open' | 'accepted' | 'dismissed';
  reason: string;
  profile: string;
  department: string;
  q: string;
  sort: 'date' | 'name' | 'open' | 'score';
  order: 'asc' | 'desc';
  offset: number;
}

export const PAGE_SIZE = 50;

export interface WorklistPage {
  items: WorklistRow[];
  total: number;
  limit: number;
  offset: number;
}

/** One page of the worklist, filtered and sorted by the server. */
export function loadWorklistPage(lang: Lang, query: WorklistQuery, signal?: AbortSignal) {
  const params = new URLSearchParams({ lang, limit: String(PAGE_SIZE) });
  for (const [key, value] of Object.entries(query))
    if (value !== '' && value !== 0) params.set(key, String(value));
  return apiFetch<WorklistPage>(`/api/v1/eligibility/worklist?${params}`, { signal });
}

export const loadDepartments = (lang: Lang, signal?: AbortSignal) =>
  apiFetch<{ departments: { code: string; name: string }[] }>(`/api/v1/departments?lang=${lang}`, { signal });

/** The explanation as the server words it (src/eligibility/explanation-text.ts). */
export type ExplanationSentences = Answer<'/api/v1/eligibility/people/{id}/explanation'>['sentences'];
