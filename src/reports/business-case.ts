import type { Cents } from '../kernel/money.ts';
import { bookXixPenaltyCap, type CostModel, validCostModel } from './cost-model.ts';

/**
 * An eligibility ruleset whose what-if fills "people reached" and the debt: a stored version, or a draft
 * ruleset document (exactly one of the two).
 */
export interface ScenarioRuleset {
  readonly version?: number;
  readonly draft?: unknown;
}

/** What a policy maker assumes for one scenario, per year. Rates are whole percentages. */
export interface ScenarioInputs {
  /** When given, people reached and average debt come from this ruleset's what-if (typed numbers are the fallback). */
  readonly ruleset?: ScenarioRuleset;
  readonly peopleReached: number;
  readonly averageDebtPerPerson: Cents;
  readonly claimsPerPerson: number;
  /** Share of the debt repaid through EvS plans. */
  readonly repaymentRatePct: number;
  /** Share of the same debt recovered today, without EvS. */
  readonly statusQuoRecoveryPct: number;
  /** Share of these claims that would go to a bailiff without EvS. */
  readonly bailiffSharePct: number;
  readonly staffMinutesPerFile: number;
  readonly staffCostPerHour: Cents;
  readonly costModel: CostModel;
}

export interface ScenarioOutcome {
  readonly peopleReached: number;
  readonly debtInScope: Cents;
  readonly expectedRecovery: Cents;
  readonly statusQuoRecovery: Cents;
  /** Collection costs the people no longer pay (reminders, formal notice, bailiff). */
  readonly costsAvoided: Cents;
  readonly claimsNotToBailiff: number;
  readonly staffCost: Cents;
  /** For the city per year: extra recovery minus staff cost. */
  readonly netEffect: Cents;
}

const pct = (amount: Cents, percent: number) => Math.round((amount * percent) / 100);

/**
 * One scenario against the status quo for the same people: recovery with and without EvS, the
 * collection costs the people are spared, staff time, and the net effect for the city.
 */
export function evaluateScenario(s: ScenarioInputs): ScenarioOutcome {
  const debtInScope = s.peopleReached * s.averageDebtPerPerson;
  const claims = Math.round(s.peopleReached * s.claimsPerPerson);
  const averageClaim = s.claimsPerPerson > 0 ? Math.round(s.averageDebtPerPerson / s.claimsPerPerson) : 0;
  const formalNotice =
    s.costModel.formalNotice === 'book-xix' ? bookXixPenaltyCap(averageClaim) : s.costModel.formalNoticeCost;
  const claimsNotToBailiff = Math.round((claims * s.bailiffSharePct) / 100);
  const costsAvoided =
    claims * (s.costModel.reminderCost * s.costModel.paidReminders + formalNotice) +
    claimsNotToBailiff * s.costModel.bailiffCostPerClaim;
  const expectedRecovery = pct(debtInScope, s.repaymentRatePct);
  const statusQuoRecovery = pct(debtInScope, s.statusQuoRecoveryPct);
  const staffCost = Math.round((s.peopleReached * s.staffMinutesPerFile * s.staffCostPerHour) / 60);
  return {
    peopleReached: s.peopleReached,
    debtInScope,
    expectedRecovery,
    statusQuoRecovery,
    costsAvoided,
    claimsNotToBailiff,
    staffCost,
    netEffect: expectedRecovery - statusQuoRecovery - staffCost,
  };
}

/** Whole, non-negative numbers within sane bounds; percentages 0–100. */
export function scenarioProblems(s: ScenarioInputs): string[] {
  const problems: string[] = [];
  const whole = (name: keyof ScenarioInputs, max: number) => {
    const v = s[name];
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0 || v > max) problems.push(name);
  };
  whole('peopleReached', 10_000_000);
  whole('averageDebtPerPerson', 1_000_000_000);
  whole('repaymentRatePct', 100);
  whole('statusQuoRecoveryPct', 100);
  whole('bailiffSharePct', 100);
  whole('staffMinutesPerFile', 100_000);
  whole('staffCostPerHour', 100_000_00);
  if (!(typeof s.claimsPerPerson === 'number' && s.claimsPerPerson >= 0 && s.claimsPerPerson <= 1000)) {
    problems.push('claimsPerPerson');
  }
  if (!validCostModel(s.costModel)) problems.push('costModel');
  if (s.ruleset !== undefined && !validRulesetChoice(s.ruleset)) problems.push('ruleset');
  return problems;
}

function validRulesetChoice(r: ScenarioRuleset): boolean {
  if (typeof r !== 'object' || r === null) return false;
  const hasVersion = r.version !== undefined;
  const hasDraft = r.draft !== undefined;
  if (hasVersion === hasDraft) return false;
  if (hasVersion) return Number.isSafeInteger(r.version) && (r.version ?? 0) >= 1;
  return typeof r.draft === 'object' && r.draft !== null && !Array.isArray(r.draft);
}
