/**
 * The eligibility engine: a ruleset compiled once into closures, then evaluated per person and date.
 * `decide` gives the outcome only (what a sweep needs); `factsKept` the facts a stored decision keeps so
 * its explanation can be built again exactly; `evaluate` the full structured explanation — which facts,
 * which conditions met with which weights and values, the score and thresholds, and the ruleset version.
 */

import {
  type Fact,
  type FactKind,
  type IsoDate,
  isValidOn,
  type Period,
  type PersonFacts,
} from '../kernel/eligibility/facts.ts';
import {
  type Localized,
  type Profile,
  type ProfileThresholds,
  profileForScore,
  type Ruleset,
} from '../kernel/eligibility/ruleset.ts';
import {
  compileCondition,
  compileExplainer,
  type Explainer,
  type ExplainFacts,
  kindsUsed,
  type Predicate,
} from './compile-condition.ts';
import { type EvalContext, loadContext, newContext } from './context.ts';
import { type ExplainNode, type FactUsed, ruleText, usedFact } from './explain-node.ts';

export type { ExplainNode, FactUsed };

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

export interface ConditionOutcome {
  readonly parameter: string;
  readonly description: Localized;
  readonly met: boolean;
  readonly weight: number;
  /** The raw rule with the values seen (ruleText of `node`). */
  readonly detail: string;
  readonly node: ExplainNode;
}

export interface RightExplained {
  readonly code: string;
  readonly name: Localized;
  readonly period: Period;
  readonly granted: boolean;
  readonly detail: string;
  /** Null when the right's period does not cover the date (its condition was not looked at). */
  readonly node: ExplainNode | null;
}

export interface Explanation {
  readonly rulesetId: string;
  readonly version: number;
  readonly evaluationDate: IsoDate;
  readonly factsUsed: readonly FactUsed[];
  readonly conditions: readonly ConditionOutcome[];
  readonly score: number;
  readonly thresholds: ProfileThresholds;
  readonly eligibility: {
    readonly description: Localized;
    readonly met: boolean;
    readonly detail: string;
    readonly node: ExplainNode;
  };
  readonly rights: readonly RightExplained[];
  /** Open debt and departments with open debt on the date (from the claims), as the rules saw them. */
  readonly openDebtCents: number;
  readonly openDebtDepartments: number;
}

export interface Decision extends Outcome {
  readonly explanation: Explanation;
}

export interface CompiledRuleset {
  readonly ruleset: Ruleset;
  decide(person: PersonFacts, date: IsoDate): Outcome;
  /** The facts of `person` valid on `date` that the ruleset looks at: what a stored decision keeps. */
  factsKept(person: PersonFacts, date: IsoDate): Fact[];
  /** Facts not valid on `date` are used only to say why a condition failed ("ended on …"). */
  evaluate(person: PersonFacts, date: IsoDate): Decision;
}

interface CompiledParameter {
  readonly name: string;
  readonly description: Localized;
  readonly weight: number;
  readonly test: Predicate;
  readonly explain: Explainer;
}

interface CompiledRight {
  readonly code: string;
  readonly name: Localized;
  readonly period: Period;
  readonly test: Predicate;
  readonly explain: Explainer;
}

const inPeriod = (p: Period, date: IsoDate): boolean => p.from <= date && (p.to === null || date <= p.to);

/** Expects a ruleset that passed validateRuleset. */
export function compileRuleset(ruleset: Ruleset): CompiledRuleset {
  const parameters: CompiledParameter[] = Object.entries(ruleset.parameters).map(([name, p]) => ({
    name,
    description: p.description,
    weight: p.weight,
    test: compileCondition(p.condition),
    explain: compileExplainer(p.condition),
  }));
  const rights: CompiledRight[] = ruleset.rights.map((r) => ({
    code: r.code,
    name: r.name,
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

  function factsKept(person: PersonFacts, date: IsoDate): Fact[] {
    const kept: Fact[] = [];
    for (const f of person.facts) if (kinds.has(f.kind) && isValidOn(f.period, date)) kept.push(f);
    return kept;
  }

  function evaluate(person: PersonFacts, date: IsoDate): Decision {
    score(loadContext(ctx, person, date));
    const factsUsed: FactUsed[] = [];
    const index = new Map<Fact, number>();
    for (let i = 0; i < ctx.validCount; i++) {
      const f = ctx.valid[i] as Fact;
      if (!kinds.has(f.kind)) continue;
      index.set(f, factsUsed.length);
      factsUsed.push(usedFact(f));
    }
    const facts: ExplainFacts = {
      indexOf: (f) => index.get(f) ?? -1,
      others: person.facts.filter((f) => kinds.has(f.kind) && !isValidOn(f.period, date)),
    };
    const conditions = parameters.map((p) => {
      const node = p.explain(ctx, facts);
      return {
        parameter: p.name,
        description: p.description,
        met: node.met,
        weight: p.weight,
        detail: ruleText(node),
        node,
      };
    });
    const eligibilityNode = eligibilityExplain(ctx, facts);
    const rightDetails: RightExplained[] = rights.map((r) => {
      const base = { code: r.code, name: r.name, period: r.period };
      if (!inPeriod(r.period, date))
        return {
          ...base,
          granted: false,
          detail: `period ${r.period.from}..${r.period.to ?? ''}: false`,
          node: null,
        };
      const node = r.explain(ctx, facts);
      return { ...base, granted: node.met, detail: ruleText(node), node };
    });
    return {
      eligible: eligibilityNode.met,
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
        eligibility: {
          description: ruleset.eligibility.description,
          met: eligibilityNode.met,
          detail: ruleText(eligibilityNode),
          node: eligibilityNode,
        },
        rights: rightDetails,
        openDebtCents: person.openDebtCents,
        openDebtDepartments: person.openDebtDepartments,
      },
    };
  }

  return { ruleset, decide, factsKept, evaluate };
}
