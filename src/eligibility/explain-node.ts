/**
 * The structured form of an explanation: the ruleset's condition tree with, at every node, whether it held
 * and the values seen (person fields, facts). Sentences are built from it at read time
 * (explanation-text.ts); `ruleText` gives the raw rule form that finance can still open ("Toon regel").
 */
import { type Fact, type FactKind, factCode } from '../kernel/eligibility/facts.ts';
import type {
  CompareOp,
  ComparisonValue,
  FactCondition,
  PersonField,
} from '../kernel/eligibility/ruleset.ts';

/** A fact as the explanation shows it: every field of the fact, plus the code it is known by. */
export type FactUsed = Fact & { readonly code: string };

export interface HouseholdBasis {
  readonly base: number;
  readonly perExtraAdult: number;
  readonly perChild: number;
  readonly adults: number;
  readonly children: number;
}

export type ExplainNode =
  | { readonly op: 'all' | 'any'; readonly met: boolean; readonly parts: readonly ExplainNode[] }
  | { readonly op: 'not'; readonly met: boolean; readonly part: ExplainNode }
  | {
      readonly op: 'exists';
      readonly met: boolean;
      readonly kind: FactKind;
      readonly where: FactCondition | null;
      /** Indexes into the explanation's factsUsed: facts of this kind valid on the date that satisfy `where`. */
      readonly matched: readonly number[];
      /** Same kind, valid on the date, not satisfying `where` (e.g. MAGDA: "niet van toepassing"). */
      readonly unmatched: readonly number[];
      /** Facts that would satisfy `where` but are not valid on the date (ended before, or start after). */
      readonly outOfPeriod: readonly FactUsed[];
    }
  | {
      readonly op: 'compare';
      readonly met: boolean;
      readonly field: PersonField;
      readonly cmp: CompareOp;
      readonly actual: ComparisonValue;
      readonly expected: ComparisonValue;
      /** When the expected value is a household-adjusted threshold: how it was computed. */
      readonly household: HouseholdBasis | null;
    };

function describeFact(c: FactCondition): string {
  if ('all' in c) return `(${c.all.map(describeFact).join(' and ')})`;
  if ('any' in c) return `(${c.any.map(describeFact).join(' or ')})`;
  if ('not' in c) return `not ${describeFact(c.not)}`;
  return `${c.field} ${c.op} ${JSON.stringify(c.value)}`;
}

/** The rule syntax with the values seen, e.g. `all[open_debt_cents=730314 gt 0: true; …]`. */
export function ruleText(node: ExplainNode): string {
  switch (node.op) {
    case 'all':
    case 'any':
      return `${node.op}[${node.parts.map(ruleText).join('; ')}]`;
    case 'not':
      return `not(${ruleText(node.part)})`;
    case 'exists':
      return `exists ${node.kind}${node.where ? ` where ${describeFact(node.where)}` : ''}: ${node.met}`;
    case 'compare': {
      const h = node.household;
      const right = h
        ? `${node.expected} (${h.base} + ${Math.max(0, h.adults - 1)}×${h.perExtraAdult} + ${h.children}×${h.perChild})`
        : JSON.stringify(node.expected);
      return `${node.field}=${JSON.stringify(node.actual)} ${node.cmp} ${right}: ${node.met}`;
    }
  }
}

/** The fact as an explanation lists it (its code added; for status facts the code is already there). */
export function usedFact(fact: Fact): FactUsed {
  return { ...fact, code: factCode(fact) } as FactUsed;
}
