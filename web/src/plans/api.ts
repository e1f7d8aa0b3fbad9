import type { Lang } from '#kernel/i18n.ts';
import { apiFetch } from '../api/client.ts';
import type { Answer } from '../api/contract.ts';

export type EvsSummary = Answer<'/api/v1/debtors/{id}/evs'>;
export type EvsFile = Answer<'/api/v1/evs-files/{id}'>;
export type PlanOptions = Answer<'/api/v1/evs-files/{id}/plan-options', 'post'>;
export type PlanOption = PlanOptions['options'][number];
export type Plan = Answer<'/api/v1/plans/{id}'>;

const id = encodeURIComponent;

export const evsOf = (debtorId: string, signal?: AbortSignal) =>
  apiFetch<EvsSummary>(`/api/v1/debtors/${id(debtorId)}/evs`, signal ? { signal } : {});
export const getFile = (fileId: string, signal?: AbortSignal) =>
  apiFetch<EvsFile>(`/api/v1/evs-files/${id(fileId)}`, signal ? { signal } : {});
export const openFile = (body: unknown) => apiFetch<{ fileId: string }>('/api/v1/evs-files', { json: body });
export const planOptions = (fileId: string, body: unknown) =>
  apiFetch<PlanOptions>(`/api/v1/evs-files/${id(fileId)}/plan-options`, { json: body });
export const proposePlan = (body: unknown) =>
  apiFetch<{ planId: string; reference: string }>('/api/v1/plans', { json: body });
export const getPlan = (planId: string, signal?: AbortSignal) =>
  apiFetch<Plan>(`/api/v1/plans/${id(planId)}`, signal ? { signal } : {});
export const acceptPlan = (planId: string, version: number, acceptedOn: string, channel: string) =>
  apiFetch<{ version: number }>(`/api/v1/plans/${id(planId)}/accept`, {
    json: { version, acceptedOn, channel },
  });
export const cancelPlan = (planId: string, version: number, reason: string) =>
  apiFetch<{ version: number }>(`/api/v1/plans/${id(planId)}/cancel`, { json: { version, reason } });
export const letterHref = (planId: string, lang: Lang) =>
  `/api/v1/plans/${id(planId)}/letter.pdf?lang=${lang}`;
export const qrHref = (planId: string) => `/api/v1/plans/${id(planId)}/qr.svg`;
