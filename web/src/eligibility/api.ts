import type { Lang } from '#kernel/i18n.ts';
import { apiFetch } from '../api/client.ts';

export interface WorklistItem {
  id: string;
  debtorId: string;
  name: string;
  reason: 'new_eligible' | 'no_longer_eligible' | 'profile_changed' | 'early_signal';
  profileBefore: string | null;
  profileAfter: string | null;
  eligibleAfter: boolean | null;
  openCents: number;
  status: string;
  resolution: string | null;
}

export interface SweepSummary {
  date: string;
  rulesetVersion: number;
  people: number;
  eligible: number;
  changed: number;
  worklist: number;
  signals: number;
  alreadyDone: boolean;
}

export interface Outcome {
  eligible: boolean;
  profile: string;
  since: string;
  evaluatedOn: string;
}

export interface Explanation extends Outcome {
  score: number;
  recomputed: boolean;
  explanation: {
    rulesetId: string;
    version: number;
    evaluationDate: string;
    factsUsed: { kind: string; code: string; source: string; period: { from: string; to: string | null } }[];
    conditions: { parameter: string; met: boolean; weight: number; detail: string }[];
    score: number;
    thresholds: { Onvermogend: { minScore: number }; GeringeAfbetaalmogelijkheid: { minScore: number } };
    eligibility: { met: boolean; detail: string };
  };
}

export interface Tally {
  people: number;
  openCents: number;
  eligible: number;
}

export interface WhatIfReport {
  date: string;
  activeVersion: number;
  active: Record<string, Tally>;
  draft: Record<string, Tally>;
  moves: { from: string; to: string; people: number; openCents: number }[];
  becameEligible: number;
  lostEligibility: number;
}

export interface RulesetVersion {
  version: number;
  effectiveFrom: string;
  name: string;
  active: boolean;
}

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
