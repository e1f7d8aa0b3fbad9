/**
 * The eligibility engine: a ruleset compiled once into closures, then evaluated per person and date.
 * `decide` gives the outcome only (what a sweep needs); `evaluate` adds the full explanation — which facts,
 * which conditions met with which weights, the score and thresholds, and the ruleset version.
 */
import {
  compileCondition,
  compileExplainer,
  type Explainer,
  kindsUsed,
  type Predicate,
} from './compile-condition.ts';
import { type EvalContext, loadContext, newContext } from './context.ts';
import { type Fact, type FactKind, factCode, type IsoDate, type Period, type PersonFacts } from './facts.ts';
import { type Profile, type ProfileThresholds, profileForScore, type Ruleset } from './ruleset.ts';

export interface RightOutcome {
  readonly code: string;
  readonly granted: boolean;
}

export interface Outcome {
  readonly eligible: boolean;
  readonly profile: Profile;
  readonly score: number;
  readonly rights: readonly RightOutcome[];
}

export interface FactUsed {
  readonly kind: FactKind;
  readonly code: string;
  readonly source: string;
  readonly period: Period;
}

export interface ConditionOutcome {
  readonly parameter: string;
  readonly met: boolean;
  readonly weight: number;
  readonly detail: string;
}

export interface Explanation {
  readonly rulesetId: string;
  readonly version: number;
  readonly evaluationDate: IsoDate;
  readonly factsUsed: readonly FactUsed[];
  readonly conditions: readonly ConditionOutcome[];
  readonly score: number;
  readonly thresholds: ProfileThresholds;
  readonly eligibility: { readonly met: boolean; readonly detail: string };
  readonly rights: readonly { readonly code: string; readonly granted: boolean; readonly detail: string }[];
}

export interface Decision extends Outcome {
  readonly explanation: Explanation;
}

export interface CompiledRuleset {
  readonly ruleset: Ruleset;
  decide(person: PersonFacts, date: IsoDate): Outcome;
  evaluate(person: PersonFacts, date: IsoDate): Decision;
}

interface CompiledParameter {
  readonly name: string;
  readonly weight: number;
  readonly test: Predicate;
  readonly explain: Explainer;
}

interface CompiledRight {
  readonly code: string;
  readonly period: Period;
  readonly test: Predicate;
  readonly explain: Explainer;
}

const inPeriod = (p: Period, date: IsoDate): boolean => p.from <= date && (p.to === null || date <= p.to);

/** Expects a ruleset that passed validateRuleset. */
export function compileRuleset(ruleset: Ruleset): CompiledRuleset {
  const parameters: CompiledParameter[] = Object.entries(ruleset.parameters).map(([name, p]) => ({
    name,
    weight: p.weight,
    test: compileCondition(p.condition),
    explain: compileExplainer(p.condition),
  }));
  const rights: CompiledRight[] = ruleset.rights.map((r) => ({
    code: r.code,
    period: r.period,
    test: compileCondition(r.condition),
    explain: compileExplainer(r.condition),
  }));
  const eligibilityTest = compileCondition(ruleset.eligibility.condition);
  const eligibilityExplain = compileExplainer(ruleset.eligibility.condition);
  const thresholds = ruleset.profiles;
  const kinds = new Set<FactKind>();
  for (const p of Object.values(ruleset.parameters)) kindsUsed(p.condition, kinds);
  for (const r of ruleset.rights) kindsUsed(r.condition, kinds);
  kindsUsed(ruleset.eligibility.condition, kinds);

  const ctx = newContext();
  const weights = parameters.map((p) => p.weight);
  const tests = parameters.map((p) => p.test);

  function score(c: EvalContext): void {
    let total = 0;
    for (let i = 0; i < tests.length; i++) if ((tests[i] as Predicate)(c)) total += weights[i] as number;
    c.score = total;
    c.profile = profileForScore(thresholds, total);
  }

  function decide(person: PersonFacts, date: IsoDate): Outcome {
    score(loadContext(ctx, person, date));
    const granted: RightOutcome[] = rights.map((r) => ({
      code: r.code,
      granted: inPeriod(r.period, date) && r.test(ctx),
    }));
    return { eligible: eligibilityTest(ctx), profile: ctx.profile, score: ctx.score, rights: granted };
  }

  function evaluate(person: PersonFacts, date: IsoDate): Decision {
    score(loadContext(ctx, person, date));
    const conditions = parameters.map((p) => {
      const r = p.explain(ctx);
      return { parameter: p.name, met: r.met, weight: p.weight, detail: r.detail };
    });
    const eligibility = eligibilityExplain(ctx);
    const rightDetails = rights.map((r) => {
      if (!inPeriod(r.period, date))
        return {
          code: r.code,
          granted: false,
          detail: `period ${r.period.from}..${r.period.to ?? ''}: false`,
        };
      const e = r.explain(ctx);
      return { code: r.code, granted: e.met, detail: e.detail };
    });
    const factsUsed: FactUsed[] = [];
    for (let i = 0; i < ctx.validCount; i++) {
      const f = ctx.valid[i] as Fact;
      if (kinds.has(f.kind))
        factsUsed.push({ kind: f.kind, code: factCode(f), source: f.source, period: { ...f.period } });
    }
    return {
      eligible: eligibility.met,
      profile: ctx.profile,
      score: ctx.score,
      rights: rightDetails.map((r) => ({ code: r.code, granted: r.granted })),
      explanation: {
        rulesetId: ruleset.id,
        version: ruleset.version,
        evaluationDate: date,
        factsUsed,
        conditions,
        score: ctx.score,
        thresholds: {
          Onvermogend: { ...thresholds.Onvermogend },
          GeringeAfbetaalmogelijkheid: { ...thresholds.GeringeAfbetaalmogelijkheid },
        },
        eligibility,
        rights: rightDetails,
      },
    };
  }

  return { ruleset, decide, evaluate };
}
