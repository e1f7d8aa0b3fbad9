import type { Lang } from '#kernel/i18n.ts';
import { ApiError, apiFetch } from '../api/client.ts';

export const SUPPRESSED = '< 5';
export type Cell = number | typeof SUPPRESSED;

export interface KpiRow {
  month: string;
  department: string;
  metric: string;
  unit: 'cents' | 'count';
  value: Cell;
}

export interface KpiReport {
  months: string[];
  departments: string[];
  rows: KpiRow[];
}

export interface CostModel {
  reminderCost: number;
  paidReminders: number;
  formalNotice: 'book-xix' | 'fixed';
  formalNoticeCost: number;
  bailiffCostPerClaim: number;
  bailiffAfterDays: number;
}

/** A stored eligibility ruleset version or a draft document; its what-if fills people reached. */
export type ScenarioRuleset = { version: number } | { draft: unknown };

export interface ScenarioInputs {
  ruleset?: ScenarioRuleset;
  peopleReached: number;
  averageDebtPerPerson: number;
  claimsPerPerson: number;
  repaymentRatePct: number;
  statusQuoRecoveryPct: number;
  bailiffSharePct: number;
  staffMinutesPerFile: number;
  staffCostPerHour: number;
  costModel: CostModel;
}

export interface ScenarioOutcome {
  peopleReached: number;
  debtInScope: number;
  expectedRecovery: number;
  statusQuoRecovery: number;
  costsAvoided: number;
  claimsNotToBailiff: number;
  staffCost: number;
  netEffect: number;
}

/** Where people reached came from: the typed number, or a ruleset's what-if. */
export type PeopleSource =
  | { kind: 'typed'; rulesetError?: string }
  | { kind: 'ruleset'; version: number | null; date: string; eligible: number; openCents: number };

export interface SavedScenario {
  id: string;
  name: string;
  inputs: ScenarioInputs;
  outcome: ScenarioOutcome;
  source: PeopleSource;
}

export const kpiUrl = (from: string, to: string, csv = false) =>
  `/api/v1/reports/kpis${csv ? '.csv' : ''}?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;

export const loadKpis = (from: string, to: string, signal?: AbortSignal) =>
  apiFetch<KpiReport>(kpiUrl(from, to), signal ? { signal } : {});

export const loadCostModel = () => apiFetch<CostModel>('/api/v1/reports/cost-model');

export const evaluate = (scenarios: { name: string; inputs: ScenarioInputs }[]) =>
  apiFetch<{ scenarios: { name: string; outcome: ScenarioOutcome; source: PeopleSource }[] }>(
    '/api/v1/reports/business-case',
    {
      json: { scenarios },
    },
  );

export const listScenarios = () => apiFetch<{ scenarios: SavedScenario[] }>('/api/v1/reports/scenarios');

export const saveScenario = (name: string, inputs: ScenarioInputs) =>
  apiFetch<{ id: string }>('/api/v1/reports/scenarios', { method: 'PUT', json: { name, inputs } });

export const removeScenario = (id: string) =>
  apiFetch<{ status: string }>(`/api/v1/reports/scenarios/${id}`, { method: 'DELETE' });

/** The PDF is binary: fetched directly (with the CSRF header) and handed over as a Blob. */
export async function businessCasePdf(
  lang: Lang,
  scenarios: { name: string; inputs: ScenarioInputs }[],
): Promise<Blob> {
  const csrf = /(?:^|;\s*)evs_csrf=([^;]+)/.exec(document.cookie)?.[1];
  const response = await fetch(`/api/v1/reports/business-case.pdf?lang=${lang}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'Content-Type': 'application/json',
      ...(csrf ? { 'x-csrf-token': decodeURIComponent(csrf) } : {}),
    },
    body: JSON.stringify({ scenarios }),
  });
  if (!response.ok) throw new ApiError(response.status, 'http', response.statusText);
  return response.blob();
}
