import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  epochDay,
  type Fact,
  factsOn,
  isValidOn,
  monthlyAmount,
  type PersonFacts,
} from '../kernel/eligibility/facts.ts';
import type { ComparisonValue, Condition, FactCondition, Ruleset } from '../kernel/eligibility/ruleset.ts';
import { profileForScore } from '../kernel/eligibility/ruleset.ts';
import { dateArb, factArb, personArb } from './arbitraries.test-support.ts';
import { DEFAULT_RULESET } from './default-ruleset.ts';
import { compileRuleset } from './engine.ts';
import { compareRulesets } from './what-if.ts';

/** A deliberately naive interpreter of the JSON tree: the oracle the compiled closures must agree with. */
function interpret(ruleset: Ruleset, person: PersonFacts, date: string) {
  const facts = person.facts.filter(
    (f) => f.period.from <= date && (f.period.to === null || f.period.to >= date),
  );
  const day = epochDay(date);
  const households = facts.filter((f) => f.kind === 'household');
  const household = households.reduce<Fact | null>(
    (best, f) => (best === null || f.period.from > best.period.from ? f : best),
    null,
  );
  const fields: Record<string, ComparisonValue> = {
    income_monthly: facts.reduce(
      (s, f) => (f.kind === 'income' ? s + monthlyAmount(f.amount, f.periodicity) : s),
      0,
    ),
    household_adults: household?.kind === 'household' ? household.adults : 1,
    household_children: household?.kind === 'household' ? household.children : 0,
    household_size: household?.kind === 'household' ? household.size : 1,
    open_debt_cents: person.openDebtCents,
    open_debt_departments: person.openDebtDepartments,
    credit_default_count: facts.filter((f) => f.kind === 'credit_default').length,
    early_signal_count: facts.filter((f) => f.kind === 'early_signal').length,
  };
  const cmp = (a: ComparisonValue, op: string, b: ComparisonValue) =>
    op === 'lt' ? a < b : op === 'lte' ? a <= b : op === 'gt' ? a > b : op === 'gte' ? a >= b : a === b;
  const factField = (f: Fact, name: string): ComparisonValue => {
    if (name === 'days_overdue' && f.kind === 'early_signal') return f.daysOverdue;
    if (name === 'age_days' && f.kind === 'early_signal') return day - epochDay(f.date);
    if (name === 'monthly_amount' && f.kind === 'income') return monthlyAmount(f.amount, f.periodicity);
    return (f as unknown as Record<string, ComparisonValue>)[name] as ComparisonValue;
  };
  const onFact = (f: Fact, c: FactCondition): boolean =>
    'all' in c
      ? c.all.every((x) => onFact(f, x))
      : 'any' in c
        ? c.any.some((x) => onFact(f, x))
        : 'not' in c
          ? !onFact(f, c.not)
          : cmp(factField(f, c.field), c.op, c.value);
  const test = (c: Condition): boolean => {
    if ('all' in c) return c.all.every(test);
    if ('any' in c) return c.any.some(test);
    if ('not' in c) return !test(c.not);
    if ('exists' in c) return facts.some((f) => f.kind === c.exists && (!c.where || onFact(f, c.where)));
    const v = c.value;
    const right =
      typeof v === 'object'
        ? v.base +
          Math.max(0, (fields.household_adults as number) - 1) * v.perExtraAdult +
          (fields.household_children as number) * v.perChild
        : v;
    return cmp(fields[c.field] as ComparisonValue, c.op, right);
  };
  const score = Object.values(ruleset.parameters).reduce((s, p) => (test(p.condition) ? s + p.weight : s), 0);
  fields.score = score;
  fields.profile = profileForScore(ruleset.profiles, score);
  return { eligible: test(ruleset.eligibility.condition), profile: fields.profile, score };
}

const engine = compileRuleset(DEFAULT_RULESET);

describe('engine properties', () => {
  it('agrees with a naive interpretation of the JSON tree', () => {
    fc.assert(
      fc.property(personArb, dateArb, (person, date) => {
        const { eligible, profile, score } = engine.decide(person, date);
        expect({ eligible, profile, score }).toEqual(interpret(DEFAULT_RULESET, person, date));
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic: same inputs give a deep-equal decision and explanation, whatever ran before', () => {
    fc.assert(
      fc.property(personArb, personArb, dateArb, (person, other, date) => {
        const first = engine.evaluate(person, date);
        engine.evaluate(other, '2024-12-31');
        expect(engine.evaluate(person, date)).toEqual(first);
        expect(compileRuleset(DEFAULT_RULESET).evaluate(person, date)).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it('ignores facts outside their period (they only tell why a condition failed)', () => {
    // Everything but the structured "why not" (outOfPeriod) and the rebuilt sentences.
    const essence = (d: ReturnType<typeof engine.evaluate>) => ({
      eligible: d.eligible,
      profile: d.profile,
      score: d.score,
      rights: d.rights,
      factsUsed: d.explanation.factsUsed,
      conditions: d.explanation.conditions.map((c) => [c.parameter, c.met, c.detail]),
      eligibility: d.explanation.eligibility.detail,
      rightDetails: d.explanation.rights.map((r) => r.detail),
    });
    fc.assert(
      fc.property(personArb, fc.array(factArb, { maxLength: 5 }), dateArb, (person, extra, date) => {
        const outside = extra.filter((f) => !isValidOn(f.period, date));
        const withNoise = { ...person, facts: [...outside, ...person.facts, ...outside] };
        expect(essence(engine.evaluate(withNoise, date))).toEqual(essence(engine.evaluate(person, date)));
        expect(engine.decide(withNoise, date)).toEqual(engine.decide(person, date));
      }),
      { numRuns: 200 },
    );
  });

  it('factsOn keeps exactly the facts whose period contains the date', () => {
    fc.assert(
      fc.property(fc.array(factArb, { maxLength: 10 }), dateArb, (facts, date) => {
        const kept = factsOn(facts, date);
        for (const f of kept) expect(f.period.from <= date && (f.period.to ?? '9999') >= date).toBe(true);
        expect(kept.length + facts.filter((f) => !isValidOn(f.period, date)).length).toBe(facts.length);
      }),
    );
  });

  it('normalises income to whole cents per month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (amount) => {
        expect(monthlyAmount(amount, 'month')).toBe(amount);
        expect(monthlyAmount(amount * 12, 'year')).toBe(amount);
        expect(monthlyAmount(amount * 3, 'quarter')).toBe(amount);
        expect(Number.isSafeInteger(monthlyAmount(amount, 'week'))).toBe(true);
        expect(Math.abs(monthlyAmount(amount, 'week') - (amount * 52) / 12)).toBeLessThanOrEqual(0.5);
      }),
    );
  });
});

describe('compareRulesets', () => {
  const vt = DEFAULT_RULESET.parameters.verhoogde_tegemoetkoming;
  if (!vt) throw new Error('default ruleset lacks verhoogde_tegemoetkoming');
  const draft: Ruleset = {
    ...DEFAULT_RULESET,
    version: 2,
    parameters: {
      ...DEFAULT_RULESET.parameters,
      verhoogde_tegemoetkoming: { ...vt, weight: 45 },
    },
    profiles: { Onvermogend: { minScore: 90 }, GeringeAfbetaalmogelijkheid: { minScore: 30 } },
  };

  it('keeps totals: people and euros before equal after, and the move matrix adds up to both', () => {
    fc.assert(
      fc.property(fc.array(personArb, { maxLength: 40 }), dateArb, (people, date) => {
        const c = compareRulesets(people, DEFAULT_RULESET, draft, date);
        const sum = (xs: readonly { people: number; openCents: number }[]) => ({
          people: xs.reduce((s, x) => s + x.people, 0),
          openCents: xs.reduce((s, x) => s + x.openCents, 0),
        });
        const total = { people: people.length, openCents: people.reduce((s, p) => s + p.openDebtCents, 0) };
        expect(sum(Object.values(c.active))).toEqual(total);
        expect(sum(Object.values(c.draft))).toEqual(total);
        expect(sum(c.moves)).toEqual(total);
        for (const [profile, tally] of Object.entries(c.active)) {
          const row = sum(c.moves.filter((m) => m.from === profile));
          expect(row).toEqual({ people: tally.people, openCents: tally.openCents });
        }
        for (const [profile, tally] of Object.entries(c.draft)) {
          const column = sum(c.moves.filter((m) => m.to === profile));
          expect(column).toEqual({ people: tally.people, openCents: tally.openCents });
        }
      }),
    );
  });

  it('moves a person with increased reimbursement and small debt from Vermogend to Geringe', () => {
    const person: PersonFacts = {
      personId: 'p',
      facts: [
        {
          kind: 'social_status',
          code: 'verhoogde_tegemoetkoming',
          applies: true,
          period: { from: '2024-01-01', to: null },
          source: 'MAGDA',
        },
      ],
      openDebtCents: 12_345,
      openDebtDepartments: 1,
    };
    const c = compareRulesets([person], DEFAULT_RULESET, draft, '2025-03-15');
    expect(c.moves.find((m) => m.people > 0)).toEqual({
      from: 'Vermogend',
      to: 'GeringeAfbetaalmogelijkheid',
      people: 1,
      openCents: 12_345,
    });
    expect(c.becameEligible).toBe(1);
  });
});
