/**
 * Fills a scenario's "people reached" and debt from the eligibility what-if of a ruleset (a stored
 * version or a draft), falling back to the typed-in numbers when the scenario names no ruleset.
 */

import type { WhatIfReport } from '../eligibility/insight-service.ts';
import { whatIf } from '../eligibility/insight-service.ts';
import { rulesetVersion } from '../eligibility/ruleset-service.ts';
import { PROFILES } from '../kernel/eligibility/ruleset.ts';
import type { Cents } from '../kernel/money.ts';
import { ok, type Result } from '../kernel/result.ts';
import type { Database } from '../platform/db.ts';
import type { Failure } from '../platform/errors.ts';
import type { Scope } from '../platform/scope.ts';
import { evaluateScenario, type ScenarioInputs, type ScenarioOutcome } from './business-case.ts';

/** Where "people reached" came from. */
export type PeopleSource =
  | { readonly kind: 'typed'; readonly rulesetError?: string }
  | {
      readonly kind: 'ruleset';
      /** The stored version used, or null for a draft. */
      readonly version: number | null;
      readonly date: string;
      /** People the ruleset finds eligible: the people reached. */
      readonly eligible: number;
      /** Open debt of those people, estimated per profile (see eligibleOpenCents). */
      readonly openCents: Cents;
    };

export interface ResolvedScenario {
  readonly inputs: ScenarioInputs;
  readonly outcome: ScenarioOutcome;
  readonly source: PeopleSource;
}

/**
 * The what-if gives, per profile, the people, their open debt and how many are eligible; the open
 * debt of the eligible people is each profile's debt in proportion to its eligible share.
 */
export function eligibleOpenCents(report: WhatIfReport): Cents {
  let total = 0;
  for (const p of PROFILES) {
    const tally = report.draft[p];
    if (tally.people > 0) total += Math.round((tally.openCents * tally.eligible) / tally.people);
  }
  return total;
}

export async function resolveScenario(
  database: Database,
  scope: Scope,
  inputs: ScenarioInputs,
  today: string,
): Promise<Result<ResolvedScenario, Failure>> {
  const choice = inputs.ruleset;
  if (!choice) return ok({ inputs, outcome: evaluateScenario(inputs), source: { kind: 'typed' } });
  let draft = choice.draft;
  if (choice.version !== undefined) {
    const stored = await rulesetVersion(database, scope, choice.version);
    if (!stored.ok) return stored;
    draft = stored.value.ruleset;
  }
  const report = await whatIf(database, scope, draft, today);
  if (!report.ok) return report;
  const eligible = PROFILES.reduce((n, p) => n + report.value.draft[p].eligible, 0);
  const openCents = eligibleOpenCents(report.value);
  const filled: ScenarioInputs = {
    ...inputs,
    peopleReached: eligible,
    averageDebtPerPerson: eligible > 0 ? Math.round(openCents / eligible) : 0,
  };
  return ok({
    inputs: filled,
    outcome: evaluateScenario(filled),
    source: { kind: 'ruleset', version: choice.version ?? null, date: today, eligible, openCents },
  });
}

/** For saved scenarios: a ruleset that no longer gives a what-if falls back to the typed numbers. */
export async function resolveOrTyped(
  database: Database,
  scope: Scope,
  inputs: ScenarioInputs,
  today: string,
): Promise<ResolvedScenario> {
  const r = await resolveScenario(database, scope, inputs, today);
  if (r.ok) return r.value;
  return {
    inputs,
    outcome: evaluateScenario(inputs),
    source: { kind: 'typed', rulesetError: r.error.message },
  };
}
