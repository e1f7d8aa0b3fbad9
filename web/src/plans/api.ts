import { apiFetch } from '../api/client.ts';

export interface EvsSummary {
  files: {
    id: string;
    status: string;
    milestone: string;
    openedAt: string;
    referral: boolean;
    plans: {
      id: string;
      status: string;
      reference: string;
      startAmount: number;
      monthly: number;
      paid: number;
      version: number;
    }[];
  }[];
  candidates: {
    id: string;
    department: string;
    claimId: string;
    category: string;
    dueDate: string;
    open: number;
    charges: number;
    limitationDate?: string;
    timeBarred?: boolean;
    disputed: boolean;
    participates: boolean;
    bundled: boolean;
  }[];
}

export interface EvsFile {
  id: string;
  debtorId: string;
  status: string;
  milestone: string;
  openedAt: string;
  consent: { date: string; form: string; evidence: string };
  referral: boolean;
  planId: string | null;
  claims: {
    id: string;
    department: string;
    claimId: string;
    category: string;
    dueDate: string;
    open: number;
    waived: number;
    limitationDate?: string;
    timeBarred?: boolean;
    timeBarredReason?: string | null;
    status: string;
  }[];
}

export interface PlanOption {
  basis: string;
  monthly: number;
  months: number;
  lastAmount: number;
  lastDue: string | null;
  problem: string | null;
  /** affordable (haalbaar), above_capacity or below_floor (under the legal floor); null without figures. */
  fit: 'affordable' | 'above_capacity' | 'below_floor' | null;
}

export interface PlanOptions {
  startAmount: number;
  affordability: {
    capacity: number;
    protectedIncome: number;
    seizableMax: number;
    tableVersion: string;
    warningTexts: string[];
  };
  options: PlanOption[];
  referral: { startAmount: number; capacity: number; maxMonths: number; monthlyAtMaxTerm: number } | null;
}

export interface Plan {
  id: string;
  status: string;
  reference: string;
  formattedReference: string;
  startAmount: number;
  monthly: number;
  paid: number;
  balance: number;
  version: number;
  fileId: string;
  debtorId: string;
  legalTableWarning: string | null;
  cancellationReason: string | null;
  overCapacityReason: string | null;
  acceptedOn: string | null;
  acceptedChannel: string | null;
  instalments: { dueDate: string; amount: number; paid: number }[];
  claims: {
    department: string;
    claimId: string;
    open: number;
    allocated: number;
    limitationDate?: string | null;
    timeBarred?: boolean;
    timeBarredReason?: string | null;
  }[];
  activities: {
    type: string;
    osloClass: string;
    dateTime: string;
    actor: string;
    actorName?: string;
    reason: string | null;
    amount: number | null;
  }[];
  /** OSLO Afbetalingsplansaldo: the balance after each due date and payment, and today. */
  balances: { date: string; balance: number; due: number; paid: number; arrears: number; credit: number }[];
}

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
export const letterHref = (planId: string, lang: 'nl' | 'en') =>
  `/api/v1/plans/${id(planId)}/letter.pdf?lang=${lang}`;
export const qrHref = (planId: string) => `/api/v1/plans/${id(planId)}/qr.svg`;
