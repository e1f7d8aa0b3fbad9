import type { Lang } from '#kernel/i18n.ts';
import { ApiError, apiFetch } from '../api/client.ts';
import type { Answer, Body } from '../api/contract.ts';

export const SUPPRESSED = '< 5';
export type Cell = number | typeof SUPPRESSED;

export type KpiReport = Answer<'/api/v1/reports/kpis'>;
export type KpiRow = KpiReport['rows'][number];
export type CostModel = Answer<'/api/v1/reports/cost-model'>;
export type ScenarioInputs = Body<'/api/v1/reports/business-case'>['scenarios'][number]['inputs'];
/** A stored eligibility ruleset version or a draft document; its what-if fills people reached. */
export type ScenarioRuleset = NonNullable<ScenarioInputs['ruleset']>;
type Evaluated = Answer<'/api/v1/reports/business-case', 'post'>['scenarios'][number];
export type ScenarioOutcome = Evaluated['outcome'];
/** Where people reached came from: the typed number, or a ruleset's what-if. */
export type PeopleSource = Evaluated['source'];
export type SavedScenario = Answer<'/api/v1/reports/scenarios'>['scenarios'][number];

export const kpiUrl = (from: string, to: string, csv = false) =>
  `/api/v1/reports/kpis${csv ? '.csv' : ''}?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;

export const loadKpis = (from: string, to: string, signal?: AbortSignal) =>
  apiFetch<KpiReport>(kpiUrl(from, to), signal ? { signal } : {});

export const loadCostModel = () => apiFetch<CostModel>('/api/v1/reports/cost-model');

export const evaluate = (scenarios: { name: string; inputs: ScenarioInputs }[]) =>
  apiFetch<Answer<'/api/v1/reports/business-case', 'post'>>('/api/v1/reports/business-case', {
    json: { scenarios },
  });

export const listScenarios = () => apiFetch<Answer<'/api/v1/reports/scenarios'>>('/api/v1/reports/scenarios');

export const saveScenario = (name: string, inputs: ScenarioInputs) =>
  apiFetch<Answer<'/api/v1/reports/scenarios', 'put'>>('/api/v1/reports/scenarios', {
    method: 'PUT',
    json: { name, inputs },
  });

export const removeScenario = (id: string) =>
  apiFetch<Answer<'/api/v1/reports/scenarios/{id}', 'delete'>>(`/api/v1/reports/scenarios/${id}`, {
    method: 'DELETE',
  });

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
