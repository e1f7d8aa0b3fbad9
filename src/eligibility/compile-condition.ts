/**
 * Turns a condition tree into plain closures once, so evaluating a person never walks the JSON again.
 * Two flavours from the same tree: a fast predicate, and an explaining one that returns the structured
 * trace (explain-node.ts), used only when an explanation is read.
 */

import { FACT_FIELDS, type FactFieldSpec } from '../kernel/eligibility/fact-fields.ts';
import type { Fact, FactKind } from '../kernel/eligibility/facts.ts';
import type {
  CompareOp,
  ComparisonValue,
  Condition,
  FactCondition,
  HouseholdThreshold,
  PersonField,
} from '../kernel/eligibility/ruleset.ts';
import type { EvalContext } from './context.ts';
import { type ExplainNode, usedFact } from './explain-node.ts';

export type Predicate = (ctx: EvalContext) => boolean;
type FactPredicate = (fact: Fact, day: number) => boolean;
/** How an explainer finds the facts it names: their index in factsUsed, and the facts not valid on the date. */
export interface ExplainFacts {
  indexOf(fact: Fact): number;
  readonly others: readonly Fact[];
}
export type Explainer = (ctx: EvalContext, facts: ExplainFacts) => ExplainNode;

function compareFn(op: CompareOp): (a: ComparisonValue, b: ComparisonValue) => boolean {
  switch (op) {
    case 'lt':
      return (a, b) => a < b;
    case 'lte':
      return (a, b) => a <= b;
    case 'gt':
      return (a, b) => a > b;
    case 'gte':
      return (a, b) => a >= b;
    case 'eq':
      return (a, b) => a === b;
  }
}

function isThreshold(v: ComparisonValue | HouseholdThreshold): v is HouseholdThreshold {
  return typeof v === 'object';
}

export function thresholdFor(t: HouseholdThreshold, ctx: EvalContext): number {
  return (
    t.base + Math.max(0, ctx.household_adults - 1) * t.perExtraAdult + ctx.household_children * t.perChild
  );
}

function andOr(parts: readonly Predicate[], all: boolean): Predicate {
  const [p0, p1, p2] = parts;
  if (parts.length === 1 && p0) return p0;
  if (parts.length === 2 && p0 && p1) return all ? (x) => p0(x) && p1(x) : (x) => p0(x) || p1(x);
  if (parts.length === 3 && p0 && p1 && p2)
    return all ? (x) => p0(x) && p1(x) && p2(x) : (x) => p0(x) || p1(x) || p2(x);
  return all ? (x) => parts.every((p) => p(x)) : (x) => parts.some((p) => p(x));
}

function andOrFact(parts: readonly FactPredicate[], all: boolean): FactPredicate {
  const [p0, p1] = parts;
  if (parts.length === 1 && p0) return p0;
  if (parts.length === 2 && p0 && p1)
    return all ? (f, d) => p0(f, d) && p1(f, d) : (f, d) => p0(f, d) || p1(f, d);
  return all ? (f, d) => parts.every((p) => p(f, d)) : (f, d) => parts.some((p) => p(f, d));
}

function compileFactCondition(kind: FactKind, c: FactCondition): FactPredicate {
  if ('all' in c)
    return andOrFact(
      c.all.map((x) => compileFactCondition(kind, x)),
      true,
    );
  if ('any' in c)
    return andOrFact(
      c.any.map((x) => compileFactCondition(kind, x)),
      false,
    );
  if ('not' in c) {
    const inner = compileFactCondition(kind, c.not);
    return (f, d) => !inner(f, d);
  }
  const read = (FACT_FIELDS[kind][c.field] as FactFieldSpec).read as (f: Fact, d: number) => ComparisonValue;
  const cmp = compareFn(c.op);
  const v = c.value;
  return (f, d) => cmp(read(f, d), v);
}

function existsPredicate(kind: FactKind, where: FactPredicate | null): Predicate {
  return (ctx) => {
    const valid = ctx.valid;
    for (let i = 0; i < ctx.validCount; i++) {
      const f = valid[i] as Fact;
      if (f.kind === kind && (where === null || where(f, ctx.day))) return true;
    }
    return false;
  };
}

export function compileCondition(c: Condition): Predicate {
  if ('all' in c) return andOr(c.all.map(compileCondition), true);
  if ('any' in c) return andOr(c.any.map(compileCondition), false);
  if ('not' in c) {
    const inner = compileCondition(c.not);
    return (ctx) => !inner(ctx);
  }
  if ('exists' in c)
    return existsPredicate(c.exists, c.where ? compileFactCondition(c.exists, c.where) : null);
  const field: PersonField = c.field;
  const cmp = compareFn(c.op);
  const v = c.value;
  if (isThreshold(v)) return (ctx) => cmp(ctx[field], thresholdFor(v, ctx));
  // Specialise the hot comparisons so the sweep does not pay for an extra call.
  if (typeof v === 'number' && c.op === 'gte') return (ctx) => (ctx[field] as number) >= v;
  if (typeof v === 'number' && c.op === 'lt') return (ctx) => (ctx[field] as number) < v;
  return (ctx) => cmp(ctx[field], v);
}

function explainAll(parts: readonly Explainer[], all: boolean): Explainer {
  const op = all ? 'all' : 'any';
  return (ctx, facts) => {
    const results = parts.map((p) => p(ctx, facts));
    const met = all ? results.every((r) => r.met) : results.some((r) => r.met);
    return { op, met, parts: results };
  };
}

/** Same semantics as compileCondition, plus the structured trace with the values and facts seen. */
export function compileExplainer(c: Condition): Explainer {
  if ('all' in c) return explainAll(c.all.map(compileExplainer), true);
  if ('any' in c) return explainAll(c.any.map(compileExplainer), false);
  if ('not' in c) {
    const inner = compileExplainer(c.not);
    return (ctx, facts) => {
      const part = inner(ctx, facts);
      return { op: 'not', met: !part.met, part };
    };
  }
  if ('exists' in c) {
    const kind = c.exists;
    const where = c.where ? compileFactCondition(kind, c.where) : null;
    return (ctx, facts) => {
      const matched: number[] = [];
      const unmatched: number[] = [];
      for (let i = 0; i < ctx.validCount; i++) {
        const f = ctx.valid[i] as Fact;
        if (f.kind !== kind) continue;
        (where === null || where(f, ctx.day) ? matched : unmatched).push(facts.indexOf(f));
      }
      const outOfPeriod = facts.others
        .filter((f) => f.kind === kind && (where === null || where(f, ctx.day)))
        .map(usedFact);
      return {
        op: 'exists',
        met: matched.length > 0,
        kind,
        where: c.where ?? null,
        matched,
        unmatched,
        outOfPeriod,
      };
    };
  }
  const predicate = compileCondition(c);
  const { field, op, value } = c;
  return (ctx) => {
    const met = predicate(ctx);
    if (!isThreshold(value))
      return { op: 'compare', met, field, cmp: op, actual: ctx[field], expected: value, household: null };
    return {
      op: 'compare',
      met,
      field,
      cmp: op,
      actual: ctx[field],
      expected: thresholdFor(value, ctx),
      household: { ...value, adults: ctx.household_adults, children: ctx.household_children },
    };
  };
}

/** Fact kinds a condition looks at, directly or through a derived person field. */
export function kindsUsed(c: Condition, into: Set<FactKind>): Set<FactKind> {
  if ('all' in c) for (const x of c.all) kindsUsed(x, into);
  else if ('any' in c) for (const x of c.any) kindsUsed(x, into);
  else if ('not' in c) kindsUsed(c.not, into);
  else if ('exists' in c) into.add(c.exists);
  else {
    if (c.field === 'income_monthly') into.add('income');
    if (c.field.startsWith('household_') || isThreshold(c.value)) into.add('household');
    if (c.field.startsWith('credit_default_')) into.add('credit_default');
    if (c.field === 'early_signal_count') into.add('early_signal');
  }
  return into;
}
