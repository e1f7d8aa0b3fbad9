import type { Lang } from '#kernel/i18n.ts';
import { apiFetch } from '../api/client.ts';
import type { Answer } from '../api/contract.ts';

type WorklistAnswer = Answer<'/api/v1/eligibility/worklist'>;
export type WorklistItem = WorklistAnswer['items'][number];
export type SweepSummary = Answer<'/api/v1/eligibility/sweeps', 'post'>;
export type Outcome = Answer<'/api/v1/eligibility/people/{id}/outcome'>;
export type Explanation = Answer<'/api/v1/eligibility/people/{id}/explanation'>;
/** The JSON form of the what-if (the route also answers CSV). */
export type WhatIfReport = Exclude<Answer<'/api/v1/eligibility/what-if', 'post'>, string>;
export type Tally = WhatIfReport['active'][keyof WhatIfReport['active']];
export type RulesetVersion = Answer<'/api/v1/eligibility/rulesets'>['versions'][number];

const q = (lang: Lang) => `lang=${lang}`;

export const loadWorklist = (lang: Lang, signal?: AbortSignal) =>
  apiFetch<{ items: WorklistItem[] }>(`/api/v1/eligibility/worklist?${q(lang)}`, { signal });
export const sweepNow = (lang: Lang, date: string) =>
  apiFetch<SweepSummary>(`/api/v1/eligibility/sweeps?${q(lang)}`, {
    method: 'POST',
    json: date ? { date } : {},
  });
export interface Consent {
  date: string;
  form: string;
  evidence: string;
}
export const acceptItem = (lang: Lang, id: string, consent?: Consent) =>
  apiFetch<{ resolution: string; fileId: string | null; bundled: number }>(
    `/api/v1/eligibility/worklist/${id}/accept?${q(lang)}`,
    { method: 'POST', json: consent ? { consent } : {} },
  );
export const dismissItem = (lang: Lang, id: string, reason: string) =>
  apiFetch<{ resolution: string }>(`/api/v1/eligibility/worklist/${id}/dismiss?${q(lang)}`, {
    method: 'POST',
    json: { reason },
  });
export const loadOutcome = (lang: Lang, id: string, signal?: AbortSignal) =>
  apiFetch<Outcome>(`/api/v1/eligibility/people/${id}/outcome?${q(lang)}`, { signal });
export const loadExplanation = (lang: Lang, id: string, signal?: AbortSignal) =>
  apiFetch<Explanation>(`/api/v1/eligibility/people/${id}/explanation?${q(lang)}`, { signal });
export const loadVersions = (lang: Lang, signal?: AbortSignal) =>
  apiFetch<{ versions: RulesetVersion[] }>(`/api/v1/eligibility/rulesets?${q(lang)}`, { signal });
export const loadRuleset = (lang: Lang, signal?: AbortSignal) =>
  apiFetch<unknown>(`/api/v1/eligibility/rulesets/latest?${q(lang)}`, { signal });
export const saveRuleset = (lang: Lang, body: unknown) =>
  apiFetch<{ version: number; effectiveFrom: string }>(`/api/v1/eligibility/rulesets?${q(lang)}`, {
    method: 'POST',
    json: body,
  });
export const runWhatIf = (lang: Lang, draft: unknown, date: string) =>
  apiFetch<WhatIfReport>(`/api/v1/eligibility/what-if?${q(lang)}`, {
    method: 'POST',
    json: date ? { draft, date } : { draft },
  });
